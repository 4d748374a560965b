"""Files: scenario and scheme files, field-by-field validation, where shipped data lives (SPEC 8)."""
