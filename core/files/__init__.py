"""Files: scenario and scheme files, field-by-field validation, where shipped data lives (docs/scenario-files.md)."""
