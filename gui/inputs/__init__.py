"""What the trader types: the account form, the prices and the positions."""
