"""What a person types -> the code the graph uses: states by code, name or demonym, blocs by code
or name, sectors by code or label (case-insensitive), with the closest candidates when nothing
matches; and the tables of codes that `techpact codes` prints."""

from __future__ import annotations

import difflib
from functools import lru_cache

from techpact.errors import UnknownCodeError
from techpact.ontology import reference, vocabulary

CODE_LISTS = ("states", "blocs", "sectors", "kinds", "statuses")


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


@lru_cache(maxsize=1)
def _state_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for ref in reference.states().values():  # names first, so a code below wins over a clashing name
        for text in (ref.name, *ref.names, *ref.demonyms):
            index.setdefault(_key(text), ref.iso3)
    for ref in reference.states().values():
        index[_key(ref.iso3)] = ref.iso3
        index.setdefault(_key(ref.iso2), ref.iso3)
    return index


@lru_cache(maxsize=1)
def _bloc_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for ref in reference.blocs().values():
        for text in (ref.name, *ref.labels):
            index.setdefault(_key(text), ref.code)
    for ref in reference.blocs().values():
        index[_key(ref.code)] = ref.code
    return index


@lru_cache(maxsize=1)
def _sector_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, labels in vocabulary.sector_labels().items():
        for text in labels:
            index.setdefault(_key(text), code)
    for code in vocabulary.sector_labels():
        index[_key(code)] = code
        index.setdefault(_key(code.replace("-", " ")), code)
    return index


def _labels() -> dict[str, dict[str, str]]:
    return {
        "state": {iso3: ref.name for iso3, ref in reference.states().items()},
        "bloc": {code: ref.name for code, ref in reference.blocs().items()},
        "sector": {code: labels[0] for code, labels in vocabulary.sector_labels().items()},
    }


def _resolve(text: str, what: str, indexes: list[tuple[str, dict[str, str]]]) -> str:
    key = _key(text)
    for _, index in indexes:
        if key in index:
            return index[key]
    labels = _labels()
    candidates: dict[str, str] = {}
    for kind, index in indexes:
        for match in difflib.get_close_matches(key, list(index), n=6, cutoff=0.6):
            candidates.setdefault(index[match], labels[kind].get(index[match], index[match]))
    hint = ", ".join(f"{code} ({label})" if label != code else code for code, label in list(candidates.items())[:3])
    listing = f"techpact codes {what.split()[-1]}s lists them" if " or " not in what else "techpact codes states|blocs lists them"
    raise UnknownCodeError(f"unknown {what}: {text!r}" + (f"; did you mean {hint}?" if hint else f" ({listing})"))


def resolve_state(text: str) -> str:
    """The ISO alpha-3 code of a state given by code (CHN, chn, CN), name (China) or demonym (Chinese)."""
    return _resolve(text, "state", [("state", _state_index())])


def resolve_bloc(text: str) -> str:
    """The code of a bloc given by code (SCO, sco) or name (Shanghai Cooperation Organisation)."""
    return _resolve(text, "bloc", [("bloc", _bloc_index())])


def resolve_actor(text: str) -> str:
    """The code of a state or a bloc, by code or name (a bloc code wins over a state's two-letter code)."""
    return _resolve(text, "state or bloc code", [("bloc", _bloc_index()), ("state", _state_index())])


def resolve_sector(text: str) -> str:
    """The code of a sector given by code (ai) or label (AI, artificial intelligence)."""
    return _resolve(text, "sector", [("sector", _sector_index())])


def code_table(what: str) -> tuple[list[str], list[tuple]]:
    """The codes of one list (states, blocs, sectors, kinds, statuses) with their labels, as columns and rows."""
    if what == "states":
        return ["code", "name", "iso2"], [(r.iso3, r.name, r.iso2) for r in sorted(reference.states().values(),
                                                                              key=lambda r: r.iso3)]
    if what == "blocs":
        return ["code", "name", "members"], [(r.code, r.name, len(r.members)) for r in reference.blocs().values()]
    if what == "sectors":
        return ["code", "label", "also matches"], [(code, labels[0], "; ".join(labels[1:]))
                                                   for code, labels in vocabulary.sector_labels().items()]
    if what == "kinds":
        return ["code", "label"], [(kind.code, kind.label) for kind in vocabulary.kinds()]
    if what == "statuses":
        return ["code", "label"], [(status.code, status.label) for status in vocabulary.statuses()]
    raise UnknownCodeError(f"no list of codes named {what!r} (choose {', '.join(CODE_LISTS)})")
