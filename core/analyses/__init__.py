"""The analyses: stop-out and margin-call prices, spread widening, tier warnings, sizing, curves (docs/rules.md#analyses)."""
