"""The margin rules: positions as arrays, leverage, hedging, volume tiers, eligibility and
levels (docs/rules.md#the-rules)."""
