"""The model: instruments, quotes, currency conversion, schemes and scenarios (SPEC 1-3, 8)."""
