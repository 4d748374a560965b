"""The model: instruments, quotes, currency conversion, schemes and scenarios
(docs/rules.md#prices-and-conversion, docs/scenario-files.md)."""
