"""The live link to a running MetaTrader 5 terminal (docs/live-link.md)."""
