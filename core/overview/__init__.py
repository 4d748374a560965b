"""What the app shows of one account at once, built on `core.evaluate`: the dashboard, an
order tried out (what if), and an imported statement's printed figures beside fxmargin's."""
