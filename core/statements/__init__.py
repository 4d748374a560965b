"""MetaTrader statements: the reports a trader's terminal saves, read into a scenario (docs/statements.md)."""
