"""An older act a clause names as the frame of what it tells: an instrument a newly made act implements, or the
sides' own standing act under which they act (extraction rules, ours).

"A and B signed a joint statement on a commission for the implementation of a memorandum of understanding between the
two countries", "adopted a roadmap to speed up the implementation of the 2019 agreement": the clause makes one act (the
statement, the roadmap) and names another the sides already have, which work now goes on under. "Under their
strategic partnership, A and B will build a data centre": the partnership is theirs already ("their", not "a new").
Such an act is read like the ones a new act builds on (agreements.AgreementReader._prior_act): in force, told once.
An implemented instrument counts only when the clause concludes something of another kind, made for or to further
its implementation: "will speed up the implementation of the agreement" alone tells the course of one act
(status_course), and "a memorandum on the implementation of their 2019 agreement" is told as the memorandum's topic.
A clause that opens with the act in focus as its frame and then makes a document, a memorandum, agreement, treaty,
statement or declaration ("Under the partnership, the two countries also signed a memorandum on hydrogen"), tells
that document, a new act, not the frame again; a body or undertaking set up under it is read by further_acts.
An instrument made to supplement or amend one the sides have ("signed a protocol supplementing their intergovernmental
agreement", "an addendum to the 2019 memorandum") is a new act beside the older one, whatever their kinds.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import clause_base
from techpact.ontology.vocabulary import kind_families

_I = re.IGNORECASE
_IMPLEMENTED = Hinted(re.compile(
    r"\b(?:for|to\s+(?:oversee|monitor|coordinate|ensure|speed up|accelerate|support))\s+the\s+"
    r"(?:full\s+|effective\s+|joint\s+|practical\s+)?implementation\s+of\s+(?:a|an|the|their|its)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>memorandum|MoU|agreement|treaty|accord|pact|protocol|roadmap|road map)s?\b", _I),
    "implementation of")
# An instrument the new one supplements or amends, told as theirs or named: "signed a protocol supplementing their
# intergovernmental agreement", "a protocol amending the 2015 treaty", "an addendum to their memorandum".
_SUPPLEMENTED = Hinted(re.compile(
    r"\b(?:supplement(?:ing|s)?|amend(?:ing|s)?|(?:addend(?:um|a)|annex(?:es)?|amendments?|supplements?)\s+to)\s+(?:the|their|its)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>memorandum|MoU|agreement|treaty|accord|pact)\b", _I),
    "supplement", "amend", "addend", "annex")
# A verb of concluding or setting up told before the implemented instrument: the clause makes an act of its own.
_MADE_BEFORE = re.compile(r"\b(?:signed|signs|inked|inks|adopted|adopts|concluded|sealed|approved|established|set up|launched"
                          r"|created|agreed on|issued|released)\b", _I)
# The sides' own act as the frame the clause opens with: "Under their strategic partnership, ...", "Within the framework
# of their 2019 memorandum, ..." (not "under their new deal": maybe the act just made).
_UNDER_THEIR = Hinted(re.compile(
    r"^\W*(?:under|within|as\s+part\s+of)\s+(?:the\s+(?:framework|umbrella|auspices|terms)\s+of\s+)?their\s+(?!new\b|newly\b|latest\b|fresh\b|recent\w*\b)"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>partnership|agreement|memorandum|MoU|treaty|accord|pact|alliance)\b", _I), "under", "within", "part of")

# A standing act named by its title as the frame of what a newly made act does: "signed a memorandum on AI under the
# Kenya-Ghana Digital Partnership", "released a statement to support joint activities under the Australia-UK Cyber and
# Critical Technology Partnership" (the title's words capitalised; a verb of making before it, read by the caller).
_UNDER_NAMED = Hinted(re.compile(
    r"\b(?:under|as\s+part\s+of)\s+the\s+(?-i:(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,6})"
    r"(?P<noun>(?-i:Partnership|Agreement|Treaty|Accord|Pact|Alliance|Memorandum))\b", _I), "under", "part of")


def framing_act(text: str, kind: str | None, kind_of) -> re.Match | None:
    """Where the clause names an older act as its frame (the match's "noun" group names it), else None: one it opens
    "Under their ..." with, or one of another kind than the act it makes (kind) that this act implements; kind_of(noun)
    gives a noun's kind."""
    if (match := _UNDER_THEIR.search(text)) is not None:
        return match
    if (match := _SUPPLEMENTED.search(text)) is not None and kind is not None and _MADE_BEFORE.search(text, 0, match.start()):
        return match  # a supplement is an instrument of its own, whatever its kind
    if ((match := _UNDER_NAMED.search(text)) is not None and kind is not None and kind != kind_of(match.group("noun"))[0]
            and _MADE_BEFORE.search(text, 0, match.start())):
        return match  # the titled act the new one works under stands beside it
    match = _IMPLEMENTED.search(text)
    if match is None or kind is None or kind_of(match.group("noun"))[0] == kind:
        return None
    return match if _MADE_BEFORE.search(text, 0, match.start()) else None


# The kind families of documents made: memoranda, agreements and treaties, statements and declarations.
_DOCUMENTS = ("instrument", "statement")
# The act in focus as the frame a clause opens with: "Under the partnership, ...", "As part of the agreement, ...".
_FRAME_OPENING = re.compile(r"^\W*(?:under|within(?:\s+the\s+framework\s+of)?|as\s+part\s+of)\s+(?:the|this|that)\s+[^,;]{1,60},\s+",
                            _I)


def framed_instrument(text: str) -> tuple[str, int] | None:
    """The kind of the document a clause introduces after opening with the act in focus as its frame, and where:
    "Under the partnership, the two countries also signed a memorandum on hydrogen" (a memorandum); else None."""
    frame = _FRAME_OPENING.match(text)
    if frame is None:
        return None
    kind, where = cues.find_kind(text[frame.end():])
    if kind_families().get(kind or "") not in _DOCUMENTS or not cues.introduces_instrument(text[frame.end():], where):
        return None  # a body or an undertaking set up under it is read as such (agreements.further_acts)
    return kind, frame.end() + where


def kind_past_older(text: str, older: re.Match, kind: str | None, where: int) -> str | None:
    """The kind of the act a clause tells when the first kind noun (at where) is the older act's it names
    ("Building on their 2015 agreement, the sides signed a memorandum": a memorandum): the next noun's, else kind."""
    if kind is None or not older.start() <= where < older.end():
        return kind
    following, at = cues.find_kind(text[older.end():])
    if following and (relative := _RELATIVE_AFTER.match(text, older.end())) and older.end() + at >= relative.end():
        return kind  # "under a 2019 agreement that still governs joint research projects": what the older act holds
    return following or kind


# A relative clause of the older act's, right after its name: "(a 2019 agreement) on science that still governs ...".
_RELATIVE_AFTER = re.compile(r"[^,;.]{0,80}?(?:,\s*)?\b(?:that|which)\s+", re.IGNORECASE)


def read_past_older(clause, older: re.Match, kind: str | None, where: int, cooperative: bool, back: bool,
                    back_match: re.Match | None) -> tuple[str | None, bool, bool]:
    """What a clause tells once the older act it names is recorded: the kind of its own act (kind_past_older), whether
    it tells cooperation of the parties at all (not when it tells the older act alone: only_older_told), and whether it
    points back to the act in focus (not by the older act's own noun when the clause names an instrument of its own
    before it: "signed a memorandum, building on the agreement signed in 2020")."""
    own = kind is not None and not older.start() <= where < older.end()
    return (kind_past_older(clause.text, older, kind, where), cooperative and not only_older_told(clause, older),
            back and not (own and back_match is not None and older.start() <= back_match.start() < older.end()))


def only_older_told(clause, older: re.Match) -> bool:
    """Whether the clause tells nothing but the older act it names as what something else builds on or is part of:
    "This announcement builds upon the U.S.-Romania agreement signed in 2020" (a subject of its own before the verb,
    no actor named before the older act, no instrument after it): no new act of the parties."""
    before = clause.text[:older.start()]
    return (bool(cues.content_words(before)) and cues.find_kind(clause.text[older.end():])[0] is None
            and all(m.start - clause_base(clause) >= older.start() for m in clause.actors))
