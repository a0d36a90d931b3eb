"""A plan-like document signed between the parties is an agreement: "signed a roadmap for cooperation", "will sign a
space cooperation programme", "the road map was inked". Adopted or launched (a bloc's roadmap, a joint programme set
up) it stays what its noun names; a signature makes the document an instrument the parties concluded. Instruments told
as a number of documents with one of them named ("signed five agreements, including a memorandum on AI") are told by
the one named: its kind is the act's."""

from __future__ import annotations

import re

from techpact.extract import cues

_I = re.IGNORECASE
_AGREEMENT = "agreement"
_INITIATIVE = "initiative"

# The plan-like nouns of the initiative kind that a signature turns into an instrument.
_DOCUMENT = re.compile(r"(?:joint\s+(?:[\w-]+\s+){0,3}?)?(?:road ?maps?|program(?:me)?s?|action plans?|plans? of action)\b", _I)
# A verb of signing right before the noun ("signed a three-year roadmap", "will sign a space cooperation program").
_SIGNED_BEFORE = re.compile(r"\b(?:signed|signs?|signing|inked|inks?|initial(?:l)?ed)\s+(?:[\w.’'-]+\s+){0,6}$", _I)
# Or told of it in the passive after it ("the roadmap ... was signed by").
_SIGNED_AFTER = re.compile(r"[^.;]{0,100}?\b(?:was|were|has been|have been|had been|is|are|be)\s+(?:\w+\s+)?(?:signed|inked)\b", _I)
# A programme no kind noun names ("will sign a space cooperation programme"), as the object of a verb of signing: an
# act left with no kind is an agreement when it was told so (act_finish; it names no new instrument beside another).
_SIGNED_PROGRAMME = re.compile(r"\b(?:signed|signs?|signing|inked|inks?)\s+(?:(?:a|an|the|their|its|two|three|new)\s+)?"
                               r"(?:[\w-]+\s+){0,4}?(?P<noun>program(?:me)?s?)\b"
                               # a document told as what will be signed: "a document on culture, which will be signed later"
                               r"|\bdocuments?\b[^.;]{0,80}?\b(?:will|to|would|shall)\s+be\s+(?:\w+ly\s+)?(?:signed|inked)\b", _I)


def signed_document(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """The kind of the noun at where (and where), an agreement when it is a plan-like document told as signed."""
    if kind != _INITIATIVE or not _DOCUMENT.match(text, where):
        return kind, where
    if _SIGNED_BEFORE.search(text[max(0, where - 80):where]) or _SIGNED_AFTER.match(text, where):
        return _AGREEMENT, where
    return kind, where


def programme_signed(texts: list[str]) -> bool:
    """Whether one of the texts tells a programme, or a document, as the thing signed: "will sign a space cooperation
    programme", "a document on culture, which will be signed later"."""
    return any(("program" in text.lower() or "document" in text.lower()) and _SIGNED_PROGRAMME.search(text) for text in texts)


# A count or group of instruments, then the one of them the clause names: "signed five agreements, including a
# memorandum on AI", "several documents, among them a treaty on extradition" (its kind noun in the group "noun").
_ONE_INCLUDED = re.compile(r"\s*,?\s+(?:including|among\s+them|notably|in\s+particular)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?P<noun>memorand(?:um|a)|MoU|treaty|protocol|declaration|roadmap|road map|joint statement)\b"
                           r"(?![^.;]{0,80}?\b(?:and|as well as)\s+(?:an?|the|another)\s)", _I)
_GROUP_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of|a series of|a raft of|a package of"
                           r"|dozens of|\w+ty)\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|accords|pacts|instruments)$", _I)


def included_kind(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """The kind (and place) of the one instrument a clause names among a group it counts ("five agreements, including
    a memorandum on AI": a memorandum); the kind as found otherwise."""
    if kind is None:
        return kind, where
    group_end = re.match(r"[\w-]+", text[where:])
    if group_end is None or not _GROUP_BEFORE.search(text, max(0, where - 60), where + group_end.end()):
        return kind, where
    included = _ONE_INCLUDED.match(text, where + group_end.end())
    if included is None:
        return kind, where
    named, _ = cues.find_kind(included.group("noun"))
    return (named, included.start("noun")) if named else (kind, where)
