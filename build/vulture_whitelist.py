"""What vulture (the dead-code check of `make test`) cannot see being used.

Qt and pyqtgraph call the overridden methods; pytest reads the fixtures and module-level
names by their names; lupdate reads the translation markers; the order fields are the
scenario file's, kept for the terminal's sake though no rule reads them yet.
"""

# ruff: noqa: B018, F821
# Order fields of the scenario file (docs/scenario-files.md): stop loss, take profit, expiry.
sl
tp
expires
# Qt's standard buttons, marked for lupdate so that the app's languages translate them.
STANDARD_BUTTONS
# Qt and pyqtgraph call these overrides.
_.isEmpty
_.closeEvent
_.tickValues
_.tickStrings
_.hoverEvent
_.setModelData
_.optionxform
_.mergeWith
_.undo
_.redo
# pytest reads these by name.
collect_ignore
compiled_translations
every_mouse_move
german
running
