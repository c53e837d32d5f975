"""newsarchive: a static site generator for a Chinese district newspaper's archive."""

__version__ = "0.1.0"
