"""The alliance network as networkx: measures (network.py), the named analyses the CLI offers
(analyses.py) and charts (plots.py)."""
