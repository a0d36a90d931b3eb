"""Interactive maps: the data read from the store (data.py), the views registry (views.py) and the
offline HTML page (page.py) built from the files in assets/."""
