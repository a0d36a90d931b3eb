"""The kind noun a clause's words give, read from its text alone (extraction rules, ours): the first kind noun, by the
head of an instrument's name, past group-naming nouns, instruments the parties are bound by already, bodies made,
documents signed, the one named among a counted group and the instrument framed by another. What the clause's actors
change of it is read by clause_reading.kind_outside_names; this part is read once per text."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract import cues
from techpact.extract.gates import Opened
from techpact.extract.kind_bodies import made_body
from techpact.extract.kind_documents import included_kind, signed_document
from techpact.extract.kind_groups import outside_group_names
from techpact.extract.kind_heads import compound_head
from techpact.extract.older_frames import framed_instrument
from techpact.extract.signing_objects import signed_object
from techpact.ontology.vocabulary import SPECIFIC_KINDS

# An instrument named as what binds the parties already: "(fulfilling) their obligations under the Nuclear
# Nonproliferation Treaty".
_BOUND_UNDER = Opened(re.compile(r"\b(?:obligations|commitments|duties)\s+under\s+(?:the|their|its)\s+(?:[A-Z][\w-]*\s+){1,5}$"))

_NAME = re.compile(r"(?-i:[A-Z][\w-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*))*")


@lru_cache(maxsize=256)  # a sentence told again (a lead retold, a boilerplate line) is read once
def kind_in_text(text: str) -> tuple[str | None, bool, str | None, int]:
    """text with its group-naming nouns masked where the kind found first is one of them (else None), whether the kind
    is read from text itself (else from that masked text), the kind its words give, and where."""
    kind, where = compound_head(text, *signed_object(text, *headed(text, *cues.find_kind(text))))  # "the signing of partnership agreements": agreements
    read = text
    if (grouped := outside_group_names(text, kind, where)) is not None:
        # "the leaders of the AUKUS partnership agreed to ...": the noun names a group; what its members did is an
        # undertaking unless the clause names its kind elsewhere
        read = grouped
        kind, where = headed(read, *cues.find_kind(read)) if cues.find_kind(read)[0] else ("initiative", where)
    if kind and _BOUND_UNDER.search(read, max(0, where - 80), where):  # "their obligations under the Nonproliferation
        kind, where = None, len(read) + 1  # Treaty": an instrument the parties are bound by, not an act the clause tells
    kind, where = made_body(read, kind, where)  # "launched the North American Ministerial Committee": a working group
    kind, where = signed_document(read, kind, where)  # "signed a roadmap for cooperation": an agreement
    kind, where = included_kind(read, kind, where)  # "five agreements, including a memorandum on AI"
    if kind and where < len(read) and (framed := framed_instrument(read)) is not None and where < framed[1]:
        kind, where = framed  # "Under the partnership, they also signed a memorandum": the memorandum
    return grouped, read is text, kind, where


def headed(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """The kind of an instrument's name by its head, its last word, when that names an instrument signed: the
    "Enhanced Partnership and Cooperation Agreement" is an agreement (a "Partnership Dialogue" stays as told)."""
    name = _NAME.match(text, where) if kind else None
    if name and " " in name.group():
        head, _ = cues.find_kind(name.group().rsplit(None, 1)[-1])
        if head == "agreement" or head in SPECIFIC_KINDS:
            return head, where
    return kind, where
