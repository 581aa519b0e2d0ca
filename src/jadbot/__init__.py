"""jadbot: answers questions about Europol's EMPACT JAD SEE statement, from its facts only."""

__version__ = "0.1.0"
