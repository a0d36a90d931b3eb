"""What a passage goes on to say about an instrument it named, read for the instrument's status: its terms, aims and
benefits ("The cooperation will benefit both nations", "The two countries will exchange experts", "Both sides will work
together on data") are told in the future, but they are what the instrument does once made, not a sign that it is still
to be made. Only a verb of making the act itself ("will sign it next month", "is expected to be concluded", "talks on the
deal continue") tells that it is planned.

An offer taken up by both sides is planned: "A proposed a memorandum to B. The two sides agreed to sign it next year"
(the guide: proposed when one side offers, planned when the sides agreed or intend to do it).

What an act holds or builds on, told with the act as subject ("The memorandum covers projects proposed by both sides",
"The agreement provides for the signing of further agreements", "Under the MoU, the sides will consider proposals", "The
new memorandum builds on an existing partnership"), gives it no status from its content or from the older act: only words about the act itself, before what it holds ("The agreement, signed on Monday,
covers ..."), do.

The act told next by "It", as the subject of a step of its course ("It took effect last September", "It was suspended
in 2022", "It expired last year"), has taken that step, as when told by its name.

One side told signing an instrument alone ("A has signed a memorandum on X"), then the instrument told again with both
sides ("Under the memorandum, A and B will cooperate in Y", "In the MoU, A's and B's ministries agreed to ..."): the act
of the two is that instrument, with the status its signing gave it.

An act both sides agreed on (planned) is not made an offer again by its history: "The agreement, first proposed in 2019,
...", "The agreement was originally proposed by Ghana in 2019".

Likewise an act told as still to be made (planned, or offered) is not made signed by a clause that only looks ahead to
its effect: "The memorandum will enter into force in January", "will take effect upon signature", "Signing the treaty
will open a new page". Alone such a clause tells an act concluded and not yet running; after "agreed to sign a
memorandum" it tells what the memorandum will do once signed.

The topics of a meeting retold with the meeting as subject ("The discussions revolved around exploring areas of
cooperation", "The meeting concluded on the note of continuing discussions") tell what was talked about, not that the
act whose meeting it was is still to be made."""

from __future__ import annotations

import re

from techpact.extract.facts import Span
from techpact.extract.gates import Hinted
from techpact.extract.status import find_status
from techpact.ontology.vocabulary import DEFAULT_STATUS, ISSUED_KINDS, REFINABLE_KINDS, SPECIFIC_KINDS, STATUS_RANK

_I = re.IGNORECASE
_DOCUMENT = (r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|pacts?|accords?|treat(?:y|ies)|documents?|protocols?"
             r"|roadmaps?|road\s+maps?|charters?|declarations?|(?:joint\s+)?statements?|plans?|frameworks?|arrangements?)")

# Making, or still working out, the act itself: its signing, conclusion, adoption, approval, launch; talks on it.
_MAKING = Hinted(re.compile(
    r"\b(?:sign\w*|ink\w*|seal\w*|conclu\w+|finali[sz]\w*|ratif\w+|adopt\w*|approv\w+|initial(?:l)?ed|endors\w+"
    r"|negotiat\w+|draft\w*|launch\w*|establish\w*|set\s+up|creat\w+|form(?:ed|ing|s)?|unveil\w*"
    r"|announc\w+|agree\s+on|agreed\s+on|reach\w*|strik\w+|struck|finish\w*|complet\w+|prepar\w+|work(?:ing)?\s+out)\b", _I),
    "sign", "ink", "seal", "conclu", "finali", "ratif", "adopt", "approv", "initial", "endors", "negotiat", "draft",
    "launch", "establish", "set", "creat", "form", "unveil", "announc", "agree", "reach", "strik", "struck",
    "finish", "complet", "prepar", "work")


def documents() -> frozenset[str]:
    """Kinds that name a document the parties make (an MoU, an agreement, a treaty, a statement): one named with no
    status is one made, unless the passage says otherwise."""
    return frozenset(kind for kind in SPECIFIC_KINDS | ISSUED_KINDS | REFINABLE_KINDS if DEFAULT_STATUS[kind] == "signed")


def terms_only(kind: str, status: str | None, text: str) -> bool:
    """Whether a clause about a document act told so far with no status (kind) gives it "planned" only by telling, in
    the future, what it covers or brings, with no verb of making the act: then the status it gives is none."""
    return status == "planned" and kind in documents() and not _MAKING.search(text)


# Looking ahead to an act's effect: its entry into force or effect in the future, its term of validity, what follows
# its signing or ratification, or its signing as the subject of what "will" happen.
_EFFECT_AHEAD = Hinted(re.compile(
    r"\b(?:will|would|shall|is\s+(?:expected|due|set|scheduled)\s+to|are\s+(?:expected|due|set|scheduled)\s+to)\s+"
    r"(?:(?:also|then|only|automatically)\s+)?(?:enter\s+into\s+(?:force|effect)|(?:come|go)\s+into\s+(?:force|effect)"
    r"|take\s+effect|become\s+effective|remain\s+(?:in\s+force|valid|in\s+effect)|be\s+valid)\b"
    r"|\b(?:upon|after|on|following|once|when)\s+(?:its\s+|their\s+|the\s+)?(?:signature|signing|ratification)\b"
    r"|^\W*(?:the\s+)?(?:signing|conclusion|ratification)\s+(?:of\s+)?(?:the|this|that|such\s+an?)\b[^,;]{0,80}?\b(?:will|would|could)\b"
    r"|^\W*(?:signing|concluding|ratifying|inking)\s+(?:the|this|that|such\s+an?)\b[^,;]{0,80}?\b(?:will|would|could)\b"
    r"|\b(?:that|said|says)\s+(?:signing|concluding|ratifying)\s+(?:the|this|that|such\s+an?)\b[^,;]{0,80}?\b(?:will|would|could)\b", _I),
    "will", "would", "shall", "expected", "due", "set", "scheduled", "upon", "after", "on", "following", "once", "when",
    "signing", "conclusion", "ratification", "concluding", "ratifying", "inking")
# A signing or conclusion told as done: "was signed", "have inked", "signed the memorandum on Monday" (not "once signed",
# "to be signed", "upon signing").
_DONE = re.compile(r"(?<!\bonce )(?<!\bwhen )(?<!\bif )(?<!\bbe )(?<!\bbeen )(?<!\bafter )(?<!\bupon )(?<!\bonce it is )"
                   r"\b(?:signed|inked|sealed|concluded|finali[sz]ed|initial(?:l)?ed|ratified|entered\s+into\s+force|took\s+effect"
                   r"|came\s+into\s+(?:force|effect))\b", _I)


def effect_ahead(told: str, status: str | None, text: str) -> bool:
    """Whether a clause would make an act told as still to be made or offered (told: its status so far) signed or in
    force only by looking ahead to its effect, with no signing told as done: then it gives no status."""
    return (bool(told) and STATUS_RANK[told] < STATUS_RANK["signed"] and status is not None
            and STATUS_RANK["signed"] <= STATUS_RANK[status] <= STATUS_RANK["in-force"]
            and bool(_EFFECT_AHEAD.search(text)) and not _DONE.search(text))


# Both sides as the subject of agreeing or deciding to do it: "The two sides agreed to", "Both countries will sign",
# "The presidents indicated that work would begin", "They decided to" (not "will study the proposal": still an offer).
_BOTH_AGREE = Hinted(re.compile(
    r"^\W*(?:(?:later|then|subsequently|eventually|in the end|after talks)\s*,?\s*)?"
    r"(?:they|both(?:\s+(?:sides|countries|nations|parties|governments|leaders|presidents|ministers))?"
    r"|the\s+(?:two\s+)?(?:sides|countries|nations|parties|governments|leaders|presidents|prime\s+ministers|ministers"
    r"|delegations|heads\s+of\s+state)|the\s+two)\s+(?:(?:also|then|later|have|had|jointly|eventually|finally)\s+)*"
    r"(?:agreed|agree|decided|resolved|pledged|committed|vowed|undertook|(?:plan|planned|intend|intended)\s+to"
    r"|(?:will|would|are\s+(?:set|due|expected)\s+to)\s+(?:(?:also|jointly|soon)\s+)?(?:sign|conclude|ink|launch|set\s+up"
    r"|establish|create|draft|negotiate|begin|start|finali[sz]e|work\s+on)"
    r"|(?:indicated|announced|said|stated|confirmed)\s+that\s+(?:work|talks|negotiations|preparations)\s+would)\b", _I),
    "they", "both", "the ")


def offer_taken_up(told: str, status: str | None, text: str) -> bool:
    """Whether a clause tells both sides agreeing to (or deciding to) do what one side had offered (told: the act's
    status so far): the act is then planned."""
    return told == "proposed" and status == "planned" and bool(_BOTH_AGREE.search(text))


# A clause telling what the act holds, its subject the act: "The memorandum covers", "This agreement provides for", "Under
# the MoU,", "According to the deal,".
_HOLDS = Hinted(re.compile(
    r"^\W*(?:(?:under|in|as part of|as per|according to|within)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?"
    + _DOCUMENT + r"\b(?:\s*,\s*(?:which|that|signed|inked|concluded|adopted|reached|agreed|sealed|finali[sz]ed|ratified"
    r"|approved|launched)\b[^,;]{0,60})?[^,;]{0,60},"  # with an aside telling the act itself: "Under the deal, signed in May,"
    r"|(?:(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENT + r"\b(?:[^,;]{0,80},)?|It)\s+(?:also\s+)?"
    r"(?:covers|covered|includes|included|entails|envisages|envisaged|envisions|provides\s+for|provided\s+for|calls\s+for"
    r"|foresees|outlines|sets\s+out|lays\s+out|contains|stipulates|specifies|lists|features|spells\s+out"
    # or what older act it builds on: "The new memorandum builds on an existing partnership", "It expands a 2015 pact"
    r"|builds\s+on|built\s+on|is\s+built\s+on|expands|deepens|strengthens|complements|upgrades|elevates|reinforces"
    r"|broadens|replaces|supersedes|succeeds|updates)\b)", _I),
    "under", "in ", "as part of", "as per", "according to", "within", "the ", "this ", "that ", "its ", "their ", "it ")


def content_only(told: str, status: str | None, text: str) -> bool:
    """Whether a clause about an act (told: its status so far, if any) gives its status only from what the act holds:
    nothing is said of the act itself before its content."""
    if not status:
        return False
    holds = _HOLDS.search(text)
    return bool(holds) and find_status(text[:holds.end()]) is None


# "It" as the act taking a later step of its course: entering into force, ratified, suspended, ended.
_IT_STEP = Hinted(re.compile(
    r"^\W*It\s+(?:has\s+|had\s+)?(?:been\s+|was\s+|is\s+)?(?:(?:also|later|then|since|now|already|recently|subsequently|formally|officially|finally"
    r"|eventually|quietly|effectively)\s+)?(?:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+(?:force|effect)"
    r"|come\s+into\s+(?:force|effect)|taken\s+effect|ratified|approved\s+by|suspended|terminated|scrapped|cancell?ed"
    r"|revoked|annulled|expired|lapsed|ended|frozen|renounced|abandoned|denounced)\b"
    r"|^\W*It\s+(?:has|have)\s+(?:since|ever\s+since)\s+(?!been\b|not\b|never\b)\w+"  # "It has since helped ..."
    # the sides' work since: "Since then, the two have trained 400 nurses" (find_status tells whether it goes on)
    r"|^\W*(?:since\s+then|ever\s+since)\s*,?\s*(?:they|both|the\s+two(?:\s+(?:countries|sides|nations|governments))?)\s+have\s+(?!been\b|not\b|never\b)\w+", _I),
    "it ", "since then", "ever since")


def act_step(told: str, status: str | None, text: str) -> bool:
    """Whether a clause tells, with "It" as subject, a later step of the course of the act in focus (told: its status so
    far): entry into force, or its end."""
    return (bool(told) and status is not None and STATUS_RANK[told] < STATUS_RANK[status]
            and STATUS_RANK["in-force"] <= STATUS_RANK[status] <= STATUS_RANK["ended"] and bool(_IT_STEP.match(text)))


def lone_status(lone: tuple[str, int, str, str] | None, clause: int, parties: list[str], kind: str | None) -> str | None:
    """The status of the instrument one side was told signing (or having in force) alone (lone: the side, its clause,
    the instrument's kind and status) when the act of two or more told at most two clauses later (clause), with that side among its parties,
    names the same kind and no status of its own."""
    if lone is None or not kind or len(parties) < 2:
        return None
    side, told_at, lone_kind, status = lone
    concluded = STATUS_RANK["signed"] <= STATUS_RANK.get(status or "", 0) <= STATUS_RANK["in-force"]  # not an offer of one side
    return status if concluded and side in parties and kind == lone_kind and clause - told_at <= 2 else None


# The offer an act began as, told as its history: "first proposed in 2019", "originally put forward by Ghana", "proposed
# by Morocco in 2019" (a participle with a past year or a word of first time).
_OFFERED_ONCE = Hinted(re.compile(
    r"\b(?:first|originally|initially)\s+(?:proposed|suggested|floated|mooted|put\s+forward|offered|conceived)\b"
    r"|\b(?:proposed|suggested|floated|mooted|put\s+forward)\s+(?:by\s+[^,;.]{1,40}?\s+)?(?:in|back\s+in)\s+(?:19|20)\d\d\b"
    # a long wish for it: "For months, the US has sought this upgrade", "had long sought the deal"
    r"|\b(?:for\s+(?:months|years|decades)|long)\b[^;.]{0,30}?\b(?:sought|pushed\s+for|pressed\s+for|lobbied\s+for)\b", _I),
    "proposed", "suggested", "floated", "mooted", "put forward", "offered", "conceived", "sought", "pushed for", "pressed for",
    "lobbied for")


def offered_once(told: str, status: str | None, text: str) -> bool:
    """Whether a clause would make an act both sides agreed on (told: planned), or one told with no status yet, an offer
    again only by telling the offer it began as."""
    return told in ("planned", "") and status == "proposed" and bool(_OFFERED_ONCE.search(text))


# The act itself, named again, as the subject of its own making still ahead: "the partnership will be signed and
# launched next year", "it is expected to be formally signed in May" (not "further agreements will be signed").
_MAKING_AHEAD = Hinted(re.compile(
    r"(?:^\W*|\bthat\s+)(?:it|(?:the|this|that|their|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:partnership|agreement|accord|pact"
    r"|treaty|deal|memorandum|MoU|initiative|declaration|charter|roadmap|road map|framework))\s+"
    r"(?:will|shall|would|is\s+(?:to|due\s+to|expected\s+to|set\s+to|scheduled\s+to|likely\s+to)"
    r"|are\s+(?:to|due\s+to|expected\s+to|set\s+to|scheduled\s+to))\s+be\s+(?:\w+ly\s+)?"
    r"(?:signed|inked|concluded|sealed|formali[sz]ed|finali[sz]ed|launched|adopted)\b", _I),
    "will", "shall", "would", "to")


def making_still_ahead(told: str, status: str | None, text: str, earlier: list[Span]) -> bool:
    """Whether a clause tells an act told concluded so far (told: announced, agreed; no signing told done in its earlier
    clauses) as still to be signed or launched, the act itself its subject ("The partnership will be signed and launched
    next year"): the act is then planned."""
    return (told == "signed" and status == "planned" and bool(_MAKING_AHEAD.search(text))
            and not any(_DONE.search(span.text) for span in earlier))


# Not being able to make the act, with no refusal: "could not be signed that day", "failed to conclude it in 2019".
_UNABLE = Hinted(re.compile(r"\b(?:could\s+not|couldn[’']t|failed\s+to|(?:was|were)\s+unable\s+to|(?:was|were)\s+not\s+able\s+to)\b"
                            r"(?![^.;]{0,80}?\b(?:refus|declin|reject|veto|spurn|turn(?:ed|s)?\s+down|vot\w+\s+against))", _I),
                 "could not", "couldn", "failed to", "unable to", "not able to")


def failure_retold(told: str, status: str | None, text: str) -> bool:
    """Whether a clause about an act told made (told: signed or in force) tells only that it could not be made once
    ("The contents had been agreed in December, but the agreement could not be signed that day"): its history, no
    refusal of it."""
    return (status == "rejected" and STATUS_RANK["signed"] <= STATUS_RANK.get(told, 0) <= STATUS_RANK["in-force"]
            and _UNABLE.search(text) is not None)


# The meeting itself as the subject, retelling what it was about or how it ended.
_TALK_RETOLD = Hinted(re.compile(
    r"^\W*(?:the|their|its|these|those|this|that|during\s+the)\s+(?:[\w-]+\s+){0,2}?(?:discussions?|talks|meetings?|sessions?"
    r"|consultations?|deliberations?)\s+(?:also\s+|further\s+|mainly\s+|largely\s+|then\s+)?(?:revolved|centred|centered|focused"
    r"|focussed|concentrated|touched|dwelt|covered|concluded|ended|explored|addressed|dealt|highlighted|streamlined)\b", _I),
    "discussion", "talks", "meeting", "session", "consultation", "deliberation")


def talk_retold(told: str, status: str | None, text: str) -> bool:
    """Whether a clause that would make an act planned or offered only retells its meeting's topics or end, the meeting
    as subject ("The discussions revolved around exploring areas of cooperation"): talk, no step of the act."""
    return status is not None and STATUS_RANK[status] <= STATUS_RANK["proposed"] and _TALK_RETOLD.search(text) is not None
