"""A clause of its own that trails the act told, with its own subject: "A and B signed a memorandum as C and the US
vie for influence", "..., while C has stepped up its own investments", or that comes before it: "As C watches, A and
B signed ...". Whoever that clause names is its subject, not a side of the act; so is whoever a comment on the whole
act after a dash names ("... a chips partnership — a measure aimed at safeguarding supply from China"). The act's
status is its own clause's, not the trailing one's (status_discourse.clause_status).

So is the matter of a statement one side issued, told after it ("Taiwan's spokesperson issued a statement stating
Honduran talks with China forced it to cut ties", "Japan issued a statement condemning Russia's missile test"): whom the
statement speaks of is no co-author of it, unless the matter names an instrument of its own ("issued a statement
saying Kenya and China had signed a memorandum").

An event told after "after" or "following", when the instrument is named before it, came before the act's making: in
"will sign a pact on Friday after launching a track on trade" the launch is the track's, and the pact is still ahead
(event_after)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# The subordinator, then a name (a capital letter) as the new subject: not "such as", "as well as", "as part of",
# "as a partner", nor "as did Laos" (a side told after the act).
_TRAILING = Hinted(re.compile(
    r"(?<![Ss]uch )(?<![Ww]ell )(?<![Jj]ust )(?<![Ss]o )\b(?:as|while|whereas|even\s+as)\s+(?=(?:the\s+|an?\s+)?(?-i:[A-Z]))",
    _I), "as ", "while", "whereas")
# What the act was told with before the subordinator: a verb of concluding or an instrument's noun.
_ACT_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|concluded|agreed|launched|memorand(?:um|a)|MoUs?|agreements?|deals?|pacts?|accords?"
    r"|treat(?:y|ies)|partnerships?|declarations?)\b", _I)


# A statement issued by one side (no "joint" before its noun), then a participle opening what it says ("stating",
# "condemning", "urging").
_ONE_SIDED_STATEMENT = Hinted(re.compile(
    r"\b(?:issued|issues|released|releases|published|put\s+out)\s+(?:a|an)\s+(?:(?!joint\b)[\w-]+\s+){0,2}?statement\b"
    r"[^,.;:]{0,40}?,?\s+(?:stating|saying|condemning|criticising|criticizing|denouncing|urging|calling\s+on|rejecting"
    r"|protesting|accusing|warning|deploring|slamming)\b", _I), "statement")
# Words before it that make its issuer more than one side.
_SEVERAL_ISSUERS = re.compile(r"\b(?:and|both|two|three|jointly|together|with|leaders|sides|countries)\b", _I)
_INSTRUMENT = re.compile(r"\b(?:memorand(?:um|a)|MoUs?|agreements?|accords?|pacts?|treat(?:y|ies)|deals?|partnerships?)\b", _I)


def statement_matter(text: str) -> tuple[int, int]:
    """Where the matter of a statement one side issued runs, from what opens it to the clause's end, when it names no
    instrument of its own; (0, 0) when there is none."""
    if "statement" not in text or (said := _ONE_SIDED_STATEMENT.search(text)) is None:
        return 0, 0
    if _SEVERAL_ISSUERS.search(text, 0, said.start()) or _INSTRUMENT.search(text, said.end()):
        return 0, 0
    return said.end(), len(text)


# A dash, then a phrase that comments on the act as a whole: "... launch a chips partnership — a measure aimed at
# safeguarding supply from China, which sees Taiwan as its territory" (whom the comment names is no side of the act).
_COMMENT_AFTER_DASH = re.compile(r"\s+[—–]\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:measure|move|step|bid|effort|push"
                                 r"|attempt|sign|signal|response)\s+(?:aimed|designed|meant|intended|seen|widely|that|which|to)\b", _I)


def trailing_clause(text: str) -> tuple[int, int]:
    """Where a trailing clause with its own subject runs ("... on AI as France and the US vie for influence"): from
    its subordinator to the end of the clause or the next comma; or a fronted one, up to its comma, when it tells no
    act and the act follows; or the matter of a one-sided statement (statement_matter); (0, 0) when there is none."""
    if ("—" in text or "–" in text) and (comment := _COMMENT_AFTER_DASH.search(text)) and _ACT_BEFORE.search(text, 0, comment.start()):
        return comment.start(), len(text)  # "... a chips partnership — a measure aimed at ...": the act told before it
    if " as " not in text and "hile " not in text and "hereas " not in text and text[:3] not in ("As ", "as "):
        return statement_matter(text)  # (a plain test first: this runs for every clause that names an actor)
    for match in _TRAILING.finditer(text):
        end = text.find(",", match.end())
        if _ACT_BEFORE.search(text, 0, match.start()):
            return match.start(), len(text) if end < 0 else end
        if (end > 0 and not text[:match.start()].strip(" \"'“(") and not _ACT_BEFORE.search(text, match.end(), end)
                and _ACT_BEFORE.search(text, end)):
            return match.start(), end  # fronted, the act told after it: "As France watches, A and B signed ..."
    return statement_matter(text)


# "after" or "following" opening an event told after the act's instrument (the text before it names one).
_AFTER = Hinted(re.compile(r"\b(?:after|following)\s+", _I), "after", "following")
# What retells the act itself in that event: "will implement the agreement after signing it in May", "after its signing".
_RETOLD = re.compile(r"\b(?:it|its|them|the\s+same)\b", _I)


def event_after(text: str) -> int:
    """Where an event told after "after" or "following" opens, when an instrument is named before it and the event
    does not retell it ("will sign a pact after launching a track on trade"); 0 when there is none."""
    for match in _AFTER.finditer(text):
        end = text.find(",", match.end())
        if _INSTRUMENT.search(text, 0, match.start()) and not _RETOLD.search(text, match.end(), len(text) if end < 0 else end):
            return match.start()
    return 0


# A comment on the act just told, in a participle after a comma: "adopted a joint action plan, reaffirming their
# strategic partnership", "signed a cooperation plan, demonstrating their commitment to the partnership". What it
# reaffirms or shows is what already stands between the sides; the act's status is the one its own verb tells.
_COMMENT_TAIL = Hinted(re.compile(
    r",\s+(?:reaffirming|underlining|demonstrating|highlighting|reflecting|underscoring|showcasing|cementing|signall?ing"
    r"|symboli[sz]ing|illustrating|testifying\s+to|showing|confirming)\b", _I),
    "reaffirming", "underlining", "demonstrating", "highlighting", "reflecting", "underscoring", "showcasing", "cementing",
    "signal", "symboli", "illustrating", "testifying", "showing", "confirming")


def comment_tail(text: str) -> int:
    """Where a participle commenting on the act told before it starts (its comma), or -1 (see _COMMENT_TAIL)."""
    found = _COMMENT_TAIL.search(text)
    return found.start() if found else -1

