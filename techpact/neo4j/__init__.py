"""The store in Neo4j: sync planning (plan.py, pure), the mapping (mapping.py), the writer
(sync.py) and the local server for development and tests (server.py)."""
