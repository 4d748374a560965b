"""The margin rules: positions as arrays, leverage, hedging, volume tiers, eligibility and levels (SPEC 4-6)."""
