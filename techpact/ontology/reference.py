"""Reference data: every ISO 3166 state with its names, and the curated blocs.

States come from pycountry (names) and countryinfo (demonyms, capitals and their coordinates); the blocs,
their members and the dates and sources of membership from blocs.json. Names that
neither package knows ("U.S.", "Britain", "New Delhi") are in state_names.json; state bodies news names without
their country ("NASA", "the Knesset", "Rosatom") in institutions.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True)
class StateRef:
    """A state as the reference data knows it."""

    iso3: str
    iso2: str
    name: str
    official_name: str | None
    names: tuple[str, ...]          # every name that refers to the state itself
    demonyms: tuple[str, ...]       # adjectives and demonyms ("Iranian")
    capitals: tuple[str, ...]       # capitals and seats of government ("Tehran")


@dataclass(frozen=True)
class BlocRef:
    """A bloc with its labels and curated members (ISO3 -> year joined)."""

    code: str
    name: str
    labels: tuple[str, ...]
    source: str
    members: dict[str, int] = field(hash=False, compare=False)
    regions: tuple[str, ...] = ()  # words describing the bloc without its name: "the Southeast Asian bloc"


@lru_cache(maxsize=None)
def _read_json(name: str) -> dict:
    return json.loads(resources.files("techpact.ontology").joinpath(name).read_text(encoding="utf-8"))


def _countryinfo_by_iso3() -> dict[str, dict]:
    from countryinfo import all_countries

    by_iso3: dict[str, dict] = {}
    for country in all_countries():
        info = country.info()
        iso = (info.get("ISO") or {}).get("alpha3")
        if iso:
            by_iso3[iso.upper()] = info
    return by_iso3


def _plural(demonym: str) -> str | None:
    """The people's plural of a one-word demonym in -an or -i ("Americans", "Saudis"); None for others ("Chinese")."""
    return demonym + "s" if demonym.isalpha() and demonym.endswith(("an", "i")) else None


@lru_cache(maxsize=1)
def states() -> dict[str, StateRef]:
    """Every ISO 3166-1 state and territory, keyed by alpha-3 code."""
    extras = _read_json("state_names.json")
    info = _countryinfo_by_iso3()
    ambiguous_capitals = set(extras["ambiguous_capitals"])
    result: dict[str, StateRef] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = extras["states"].get(iso3, {})
        ci = info.get(iso3, {})
        official = getattr(country, "official_name", None)
        names = [country.name, getattr(country, "common_name", None), official, ci.get("name")]
        names += [alt for alt in ci.get("altSpellings", []) if len(alt) > 3 and alt.isascii()]
        names += extra.get("names", [])
        demonyms = [ci.get("demonym")] + extra.get("demonyms", [])
        demonyms += [plural for d in demonyms if d and (plural := _plural(d))]  # "the Saudis", "the Emiratis", "Americans"
        capitals = [ci.get("capital")] + extra.get("capitals", [])
        capitals = [c for c in capitals if c and c not in ambiguous_capitals]
        result[iso3] = StateRef(
            iso3=iso3,
            iso2=country.alpha_2,
            name=extra.get("label") or getattr(country, "common_name", None) or country.name,
            official_name=official,
            names=_unique(n for n in names if n and "," not in n and n not in extras["not_names"]),
            demonyms=_unique(d for d in demonyms if d and d not in extras["not_names"]),
            capitals=_unique(capitals),
        )
    return result


@lru_cache(maxsize=1)
def capital_coordinates() -> dict[str, tuple[float, float]]:
    """(latitude, longitude) of each state's capital, keyed by alpha-3 code; the country's centre
    where countryinfo knows no capital position; states it knows neither for are absent."""
    from countryinfo import all_countries

    found: dict[str, tuple[float, float]] = {}
    for country in all_countries():
        info = country.info()
        iso = ((info.get("ISO") or {}).get("alpha3") or "").upper()
        point = info.get("capital_latlng") or info.get("latlng")
        # countryinfo files some parts of a state under its code too (Wales as GBR, without a
        # capital position): the first entry with a position stands for the state
        if iso and point and len(point) == 2 and iso not in found:
            found[iso] = (float(point[0]), float(point[1]))
    return found


@lru_cache(maxsize=1)
def blocs() -> dict[str, BlocRef]:
    """The curated blocs, keyed by code."""
    result = {}
    for entry in _read_json("blocs.json")["blocs"]:
        members = {m.split(":")[0]: int(m.split(":")[1]) for m in entry["members"]}
        result[entry["code"]] = BlocRef(
            code=entry["code"],
            name=entry["name"],
            labels=tuple(entry["labels"]),
            source=entry["source"],
            members=members,
            regions=tuple(entry.get("regions", ())),
        )
    return result


def curated_names() -> dict[str, set[str]]:
    """Names written for techpact per state: they win over names from the packages."""
    result = {}
    for iso3, extra in _read_json("state_names.json")["states"].items():
        demonyms = set(extra.get("demonyms", []))
        plurals = {plural for demonym in demonyms if (plural := _plural(demonym))}  # theirs too: "Americans"
        result[iso3] = set(extra.get("names", [])) | demonyms | plurals | set(extra.get("capitals", []))
    return result


@dataclass(frozen=True)
class InstitutionRef:
    """A state body named without its country ("NASA", "the Knesset"): the state or bloc it acts for, and whether it
    is a body of the state itself or a state corporation."""

    name: str
    code: str
    company: bool


@lru_cache(maxsize=1)
def institutions() -> dict[str, InstitutionRef]:
    """The curated state bodies of institutions.json, keyed by the name news writes."""
    result: dict[str, InstitutionRef] = {}
    for code, entry in _read_json("institutions.json")["states"].items():
        for name in entry.get("bodies", ()):
            result.setdefault(name, InstitutionRef(name, code, company=False))
        for name in entry.get("companies", ()):
            result.setdefault(name, InstitutionRef(name, code, company=True))
    return result


@lru_cache(maxsize=1)
def firms() -> tuple[str, ...]:
    """The curated private companies of firms.json, as news writes their names."""
    return tuple(_read_json("firms.json")["firms"])


@dataclass(frozen=True)
class LedInitiative:
    """A multilateral arrangement one actor leads and others join one by one (led_initiatives.json)."""
    name: str
    pattern: str
    leader: str
    kind: str


@lru_cache(maxsize=1)
def led_initiatives() -> tuple[LedInitiative, ...]:
    """The curated led initiatives of led_initiatives.json."""
    return tuple(LedInitiative(**entry) for entry in _read_json("led_initiatives.json")["initiatives"])


def combining_forms() -> dict[str, str]:
    """First halves of compound adjectives naming a state ("Sino" of "Sino-Russian") -> its alpha-3 code."""
    return {form: code for form, code in _read_json("state_names.json")["combining_forms"].items() if form != "_comment"}


def not_mentions() -> list[str]:
    """Phrases that contain a state's name without referring to it ("Indian Ocean")."""
    return list(_read_json("state_names.json")["not_mentions"])


def is_bloc(code: str) -> bool:
    """True when code names a curated bloc rather than a state."""
    return code in (_BLOC_CODES or _bloc_codes())


def any_bloc(codes) -> bool:
    """True when one of codes (any iterable) names a curated bloc: is_bloc of each, in one call."""
    return not (_BLOC_CODES or _bloc_codes()).isdisjoint(codes)


_BLOC_CODES: frozenset[str] = frozenset()  # the codes of blocs(), read on the first is_bloc (called a few hundred times
# a document: one set look-up instead of a call of the cache of blocs() each time)


def _bloc_codes() -> frozenset[str]:
    """The codes of the curated blocs, kept for is_bloc."""
    global _BLOC_CODES
    _BLOC_CODES = frozenset(blocs())
    return _BLOC_CODES


def actor_label(code: str) -> str:
    """A human label for a state or bloc code."""
    if code in blocs():
        return code
    ref = states().get(code)
    return ref.name if ref else code


def _unique(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v.strip(), None)
    return tuple(seen)
