"""A joint statement named as the source of hedged talk is itself an act (eval guide: joint statements are acts):
"Britain, the US and Australia are considering cooperation with Japan, the three countries said in a joint statement
on Monday" reports a statement the three issued, whatever becomes of the cooperation they weigh. Its parties are the
states named before "with" (the one they may work with is no author), as many as a count says if it says one."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

_SAID_IN = Hinted(re.compile(
    r",\s*(?:(?:the|all|both)\s+(?P<n>two|three|four|five)?\s*(?:countries|nations|governments|sides|partners|leaders|ministers)"
    r"|they)\s+(?:said|announced|stated|noted)\s+in\s+a\s+(?:joint\s+statement|joint\s+declaration|joint\s+communiqu[eé])\b",
    re.IGNORECASE), "said in a joint", "announced in a joint", "stated in a joint", "noted in a joint")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_WITH = re.compile(r"\bwith\b")


def source_span(text: str) -> tuple[int, int] | None:
    """Where a clause names a joint statement as its source ("..., the three countries said in a joint statement")."""
    said = _SAID_IN.search(text)
    return said.span() if said else None


def joint_statement_of(clause: Clause) -> tuple[list[str], str | None, str | None] | None:
    """(parties, kind, status) of the joint statement a clause names as its source, or None."""
    said = _SAID_IN.search(clause.text)
    if said is None:
        return None
    base = clause_base(clause)
    with_at = _WITH.search(clause.text, 0, said.start())
    stop = with_at.start() if with_at else said.start()
    authors = list(dict.fromkeys(m.code for m in clause.actors
                                 if m.start - base < stop and m.how != "dateline" and not is_bloc(m.code)))
    count = _COUNTS.get((said.group("n") or "").lower())
    if len(authors) < 2 or (count and len(authors) != count):
        return None
    return authors, cues.find_kind(said.group())[0], cues.find_status("issued a statement")


# "In a joint statement, the leaders committed to ...": the officials last named issued it together.
_IN_STATEMENT = Hinted(re.compile(
    r"^\W*In\s+(?:a|their)\s+joint\s+(?:statement|declaration|communiqu[eé])\s*(?:issued\s+[^,]{0,40})?,\s*the\s+(?:two\s+|three\s+)?"
    r"(?:leaders|ministers|prime\s+ministers|presidents|heads\s+of\s+state|sides)\s+(?:also\s+)?"
    r"(?:committed|agreed|pledged|vowed|resolved|decided|welcomed|announced|reaffirmed|affirmed|declared|called)\b", re.IGNORECASE),
    "in a joint", "in their joint")


def officials_in_statement(text: str) -> bool:
    """Whether a clause opens "In a joint statement, the leaders committed ...": the leaders last named are its
    authors, as "They ..." would be."""
    return bool(_IN_STATEMENT.match(text))


# A joint statement as the frame of what the sides said together: "In a joint statement, both sides called for ...",
# "India and France, in their joint declaration, urged ..." (their call is what the statement says, not an offer).
_JOINT_FRAME = re.compile(r"(?:^\W*|,\s*)in\s+(?:a|an|the|their)\s+joint\s+(?:statement|declaration|communiqu[eé])\b"
                          r"(?:\s+(?:issued|released|adopted|published)\b[^,.;]{0,60})?,", re.IGNORECASE)


def framed_by_joint_statement(text: str) -> bool:
    """Whether the text is told as what a joint statement or declaration of the sides says ("In a joint statement, ...")."""
    return bool(_JOINT_FRAME.search(text))


# The sides' own statement quoted: "Their Joint Ministerial Statement says:", "The two countries' joint declaration
# reads ..." (the statement they issued, an act of its own beside what it tells; not "according to their statement").
_OWN_BEFORE = re.compile(r"^\W*(?:their|the\s+(?:two|three|four|five)\s+(?:sides|countries|nations|leaders|ministers)['’])\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"[\w\s’',-]{0,40}?\b(?:says|said|reads|read|states|stated|notes|noted|declares|declared)\b",
                         re.IGNORECASE)


def own_statement_quoted(text: str, where: int) -> bool:
    """Whether the kind noun at `where` (a statement's) is the sides' own statement, quoted as saying something."""
    return bool(_OWN_BEFORE.match(text[:where]) and _SAYS_AFTER.match(text, where))


# A joint statement or declaration quoted as saying something: "The joint statement declared that ...", "the
# declaration stresses ...", "their communiqué said" (a statement that speaks has been issued; not a ministry's own
# statement telling of one to come: "the ministry statement said").
_SPEAKS = re.compile(r"\b(?:the|their|this|that)\s+(?:(?:[\w-]+\s+){0,2}?joint\s+statement|(?:[\w-]+\s+){0,3}?(?:declaration"
                     r"|communiqu[eé]))\s+"
                     r"(?:(?:issued|released|adopted|published)\s+[^,.;]{0,60}?\s+)?(?:also\s+)?"
                     r"(?:says|said|reads|read|states|stated|notes|noted|declares|declared|stresses|stressed|underlines|underlined"
                     r"|emphasi[sz]es|emphasi[sz]ed|affirms|affirmed|reaffirms|reaffirmed|adds|added|welcomes|welcomed"
                     r"|highlights|highlighted|outlines|outlined|lists|listed|calls|called)\b", re.IGNORECASE)


def statement_speaks(texts: list[str]) -> bool:
    """Whether a text quotes a statement or declaration as saying something ("The joint statement declared that ...")."""
    return any(_SPEAKS.search(text) for text in texts)
