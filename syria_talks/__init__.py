"""syria_talks."""
