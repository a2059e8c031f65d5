"""The one exception the cleaner raises for input it cannot handle."""

from __future__ import annotations


class CleanError(ValueError):
    """The input cannot be cleaned; the message says why (empty, binary, undecodable...)."""
