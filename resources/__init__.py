"""fxmargin's shipped data files: the instrument catalog, broker presets, examples,
translations and icons. Installed, this folder is the package ``fxmargin_resources``
(core/resources.py finds it)."""
