"""The fxmargin desktop app (Qt). Numbers come from `core`; this package only shows them."""
