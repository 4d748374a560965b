"""What the app offers in its drop-downs: one list each, read by the account form and the
scheme editor alike (anything else may still be typed)."""

from __future__ import annotations

ACCOUNT_TYPES = ("standard", "standard_cent", "pro", "raw_spread", "zero")
PLATFORMS = ("MT4", "MT5", "WebTrader")
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "NZD", "USC")
LEVERAGES = (3000, 2000, 1000, 500, 400, 300, 200, 100, 50, 30, 20, 10)
"""Fixed leverages 1:N, largest first; "unlimited" comes before them where a form offers it."""
