"""The programme over weeks: how often, levels to progress, the loosening memory, learn cards."""
