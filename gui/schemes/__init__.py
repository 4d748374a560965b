"""Broker schemes in the app: the scheme editor and the trader's own presets."""
