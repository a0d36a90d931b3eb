"""techpact: a knowledge graph of geopolitical technology alliances."""

__version__ = "0.1.0"
