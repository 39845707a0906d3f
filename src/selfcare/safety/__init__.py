"""The safety check: each body area's signs, what it keeps between sessions, and asking it."""
