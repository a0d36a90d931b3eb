"""One exception base for the library; the CLI turns these into one-line errors."""

from __future__ import annotations


class TechpactError(Exception):
    """Base class of every error techpact raises on purpose."""


class LoaderError(TechpactError):
    """A source document could not be read; the message names the file and the problem."""


class StoreError(TechpactError):
    """The local store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process is writing the store (it holds the writer's lock)."""


class QueryError(TechpactError):
    """A SPARQL or Cypher query was malformed or failed."""


class Neo4jError(TechpactError):
    """The Neo4j server could not be reached, authenticated or written."""


class ClusterError(TechpactError):
    """The Dask cluster could not be reached, or a task on it failed."""


class ValidationError(TechpactError):
    """The graph does not conform to the SHACL shapes."""


class MapError(TechpactError):
    """A map cannot be drawn as asked: an unknown view, code, date or sector, or too many nodes."""


class AnalysisError(TechpactError):
    """An analysis or chart that does not exist was asked for."""


class EvaluationError(TechpactError):
    """Gold annotations could not be read."""


class ServerError(Neo4jError):
    """The local Neo4j server could not be fetched, started or stopped."""


class UnknownCodeError(TechpactError):
    """A state, bloc or sector that the reference data and the vocabulary do not know."""


class MissingExtraError(TechpactError):
    """An optional dependency is not installed; the message names the extra that brings it."""
