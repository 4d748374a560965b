"""The plots: margin against price, against equity, and the stop-out levels."""
