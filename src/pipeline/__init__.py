"""Canada-US trade news pipeline: fetch -> parse -> clean -> dedup -> extract -> load."""

__version__ = "0.1.0"
