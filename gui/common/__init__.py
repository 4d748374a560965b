"""What the app's panels share: typing into cells, marking fields and label styles, reading
typed numbers, and saying input problems in the trader's words."""
