"""The read-only SPARQL 1.1 Protocol endpoint over the local store (`techpact serve`)."""

from __future__ import annotations

from techpact.serve.http import make_server

__all__ = ["make_server"]
