"""annotator: tag news sentences by attribution type and score how well claims are sourced."""

__version__ = "0.1.0"
