"""Interactive maps: the data read from the store (data.py), the views registry (views.py) and the
offline HTML page (page.py) built from the files in assets/; any view as a pyvis Network for
notebooks (notebook.py)."""

from techpact.maps.notebook import pyvis_network

__all__ = ["pyvis_network"]
