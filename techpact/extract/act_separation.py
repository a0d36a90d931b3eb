"""When one passage reports several acts of the same parties: what makes a clause tell another act rather than
retell the one in focus.

- a body (a committee, a working group, a mechanism, a centre, a fund) that an act already told sets up: "Under the
  agreement, the two sides will establish a joint committee", "The memoranda include the formation of a working
  group" (an MoU signed and a working group planned are two acts);
- an older act that the act told now revises or amends: "signed a protocol to extend the 1979 agreement",
  "has revised a long-standing agreement" (the revision is signed now, the act it revises was in force before);
- an act counted among others signed with it: "The energy agreement was among seven signed" (the others are one
  more act of the same parties);
- an instrument still to be signed, told after the act was signed: "The two countries will sign an agreement on
  cybersecurity later this year" (act_ahead.py);
- the general case: an instrument of the same parties with another fate in time and an identity of its own ("signed a
  cyber accord ... a document on culture, which will be signed later", "a civil nuclear accord struck a decade ago"
  beside a logistics agreement to be signed: status_fates.py).
A clause that only retells the act (its signing, its terms, its sectors, quotes about it) is none of these.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from techpact.extract.bodies_passive import passive_body
from techpact.extract import cues
from techpact.extract.bodies_set_up import OWN, body_set_up
from techpact.extract.act_ahead import signed_later
from techpact.extract.act_topics import other_topic
from techpact.extract.act_times import another_time, later_time, when_told
from techpact.extract.clause_reading import actor_words, lead_retold, told_again, told_words
from techpact.extract.facts import Agreement
from techpact.extract.earlier_signings import signed_in_an_earlier_year
from techpact.extract.gates import Hinted
from techpact.extract.named_outcomes import named_apart
from techpact.extract.new_and_previous import previous_not_new
from techpact.extract.past_leads import signed_before, signed_earlier
from techpact.extract.statement_plans import statement_plan
from techpact.extract.status_fates import another_fate
from techpact.extract.status_retold import retells
from techpact.extract.status_discourse import told_apart
from techpact.ontology.vocabulary import GENERIC_KINDS, REFINABLE_KINDS, SPECIFIC_KINDS
from techpact.ontology.vocabulary import STATUS_RANK

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE

# Kinds that two reports of one act may give it: a loose one that is not a partnership, and the instruments
# that name it precisely ("the deal" and "the memorandum").
SAME_ACT_KINDS = (REFINABLE_KINDS - (GENERIC_KINDS - {"agreement"})) | SPECIFIC_KINDS


def ongoing(status: str) -> bool:
    """Whether an act of this status runs (in force or ended) rather than being made now."""
    return STATUS_RANK["in-force"] <= STATUS_RANK[status] <= STATUS_RANK["ended"]


# How many of the latest acts of a party set a clause may speak of again: news tells a handful between the same parties;
# a document made of many articles (a long report, a digest) would otherwise compare each clause with all of them.
_RECENT = 24


def retold(reader: AgreementReader, parties: list[str], kind: str | None, status: str | None, back: bool, text: str,
           introduced: bool = False) -> Agreement | None:
    """The act a clause of the reader speaks of again: same parties, and a kind that fits; None when it tells
    another act (another time, another status, another instrument of the same kind, a body set up under it)."""
    recent = reader._with_parties(parties)[-_RECENT:]  # (status_retold reads the sentences these acts were told in)
    for agreement in reversed(recent):
        if set(agreement.parties) != set(parties):
            continue  # its parties grew since it was indexed
        if reader._prior_here == (id(agreement), reader._clauses) or reader.apart is agreement:
            continue  # the older act this very clause names ("falls under the 2016 Framework Agreement") is not its act, nor
            # the act its opening sets apart ("Besides the agreement, they launched a dialogue": act_besides)
        if id(agreement) in reader.set_up and kind != agreement.kind:
            continue  # "the agreements" told after "... will set up a committee": the act it is set up under
        if not back and status == "proposed" and agreement.status == "proposed" and offered_anew(text, agreement):
            continue  # "Xi proposed a data centre with the GCC. China is willing to construct incubators with ...": two offers
        if back and previous_not_new(text, agreement):
            continue  # "It builds on a previous memorandum ... The new memorandum aims to ...": the one signed now
        if (kind is None or kind == "proposal") and agreement.kind == "proposal" and status == "proposed" and not introduced:
            return agreement  # "A rejected B's offer on Sunday. B had said on Saturday its proposal stands": one offer
        if another_time(reader.when, agreement, text) and not (back and (status == "ended" or retells(text, kind, status, agreement, recent))):
            continue  # "in 2016" and "on Tuesday" of 2025, "on Friday" and "on Thursday": two acts (not the act named, ended later)
        if not back and another_fate(text, status, agreement):
            continue  # "signed a cyber accord", then "finalised a document on culture, to be signed later": two acts
        if not back and signed_in_an_earlier_year(text, reader.news_year, bool(reader.when.get(id(agreement)))):
            continue  # "... signed a memorandum", then "by ratifying the agreement signed in September 2023": an older act
        if not back and signed_apart(text, reader.when, agreement):
            continue  # "In November 2017, the agencies signed a cooperation programme": an older act
        if (not back and status and agreement.status and status != agreement.status and when_told(text)
                and not reader.when.get(id(agreement))):
            continue  # a deal still to come, then "... inaugurated in 2023": another act, told with its own time
        if (introduced and id(agreement) in reader.introduced and not reader.when.get(id(agreement))
                and cues.YEAR.search(text) and agreement.evidence[0] != reader._headline):
            continue  # "signed an MoU ...", then "first signed a defence agreement in 1977": an older act
        if not back and status and agreement.status and ongoing(status) != ongoing(agreement.status):
            continue  # an act running for years is not the one signed or planned now, named or not
        if not back and told_apart(status, agreement.status):
            continue
        if signed_before(text, status, agreement.status) or (not back and signed_earlier(
                text, status, agreement.status, agreement.evidence[0].text, bool(reader.when.get(id(agreement))))):
            continue  # "In May, A proposed that B build a plant. Earlier, a deal was signed by their ministers": older
        if introduced and not back and signed_later(text, status, agreement, reader._headline):
            continue  # "signed a memorandum on AI", then "will sign an agreement on cyber later this year": two acts  # "..., and the US offered Kenya help", "A declined a demand of B": acts apart from what was signed
        if statement_plan(agreement, kind, status, text):
            return None  # "In the statement, they agreed to launch an initiative": a plan the statement announces
        if later_plan(reader, agreement, kind, status):
            continue  # "signed 14 documents. The two also agreed to enhance rail links. They signed documents on ...": not the plan
        if named_apart(text, kind, agreement, back, agreement is reader.focus):
            continue  # "signed a memorandum on customs and launched the Nordic Quantum Initiative": two acts (named_outcomes)
        if back or not kind or not agreement.kind:
            return agreement
        if kind == agreement.kind and named_anew(text, agreement):
            continue  # "... launched workforce initiatives", then "intend to launch a Leading Technology network"
        if (introduced and id(agreement) in reader.introduced and agreement.kind == kind and not told_again(agreement, text, reader._headline)
                and not lead_retold(agreement, status, reader._clauses, text)
                and not quoted_signing(text, status, agreement) and not retells(text, kind, status, agreement, recent)
                and not told_as_several(agreement)):  # "signed several agreements. They include an agreement on X": one of them
            continue  # "a memorandum on trade", then "a memorandum on data": two instruments
        if introduced and not back and id(agreement) in reader.introduced and other_topic(text, agreement):
            continue  # "signed an agreement on AI", then "they signed a memorandum on 5G networks": two instruments
        if introduced and not back and listed_apart(text, agreement):
            continue  # "3- MoU for co-operation in education ...", then "4- Agreement ... on workers": two items, two instruments
        if agreement.kind == kind or {agreement.kind, kind} <= SAME_ACT_KINDS:
            return agreement
    return None


ITEM_MARK = re.compile(rf"\s*{cues.LIST_MARK}\s")  # a list item opening a clause: "• Agreement on ...", "3- MoU for ..."


def listed_apart(text: str, agreement: Agreement) -> bool:
    """Whether a clause opening a list item names an instrument that another item of the list told: each item is an
    instrument of its own."""
    return bool(ITEM_MARK.match(text) and agreement.evidence and agreement.evidence[-1].text != text
                and ITEM_MARK.match(agreement.evidence[-1].text))


# Instruments told as several of a kind: "signed several agreements", "a number of documents were signed".
_SEVERAL = re.compile(rf"\b{cues.SEVERAL}\s+(?:[\w-]+\s+){{0,2}}?"
                      r"(?:agreements|documents|memoranda|memorandums|MoUs|deals|accords|pacts|treaties|instruments|protocols)\b", re.I)


def told_as_several(agreement: Agreement) -> bool:
    """Whether the act was first told as several instruments of a kind, an instrument of which a later clause may name."""
    return bool(agreement.evidence) and _SEVERAL.search(agreement.evidence[0].text) is not None


def later_plan(reader: AgreementReader, agreement: Agreement, kind: str | None, status: str | None) -> bool:
    """Whether the act is a plan with no instrument named, told after an act of the same parties was concluded (a
    pledge among a meeting's outcomes), and the clause tells an instrument signed: the signing is not that plan."""
    if not (kind and status == "signed" and not agreement.kind and agreement.status == "planned"):
        return False
    told = reader._with_parties(agreement.parties)  # (this brings the index of acts by their parties up to date)
    parties = set(agreement.parties)
    ordered = reader._by_parties.get(frozenset(agreement.parties), [])  # in the order told: acts are only appended
    signed = False
    for other in ordered[-_RECENT:]:  # one pass up to the act itself
        if other is agreement:
            return signed
        signed = signed or (other.status == "signed" and set(other.parties) == parties)
    place = {id(other): at for at, other in enumerate(reader.agreements)}  # an act whose parties grew: by its place (rare)
    return any(other is not agreement and other.status == "signed" and place[id(other)] < place[id(agreement)] for other in told)


_REVISE = r"(?:amend|extend|renew|revise|update|prolong)"
_REVISED = r"(?:amended|revised|updated)"  # a new version made (an act "extended" or "renewed" is the same act)
# An older act the act told now revises: "signed a protocol to amend and extend the Agreement on ...", "has revised a
# long-standing agreement with China" (not "extended their pact for five years", "decided not to extend the pact",
# "To renew the agreement, ...", "the agreement will be renewed", "amended the deadline for the deal").
REVISED_ACT = Hinted(re.compile(
    r"(?:\b(?:protocol|agreement|deal|accord|memorand(?:um|a)|treaty|document|amendment)s?\s+to\s+" + _REVISE
    + r"(?:\s+and\s+" + _REVISE + r")?|(?<!\bnot\s)\b" + _REVISED + r"(?:\s+and\s+" + _REVISED + r")?"
    # a revision still to come: "start talks to revise their pact", "agreed to amend", "seeking to renegotiate the deal" (a
    # legislature voting to amend an act is its own step on it: tests/test_older_frames.py)
    r"|(?<!\bnot\s)(?<!\bvoted\s)(?<!\bvotes\s)\bto\s+(?:amend|revise|renegotiate|update|overhaul|moderni[sz]e)|\b(?:amending|revising|renegotiating|overhauling))"
    r"\s+(?:an?|the|their|its)\s+(?:(?!(?:for|of|on|to|with|under|by)\b)[\w-]+\s+){0,5}?"
    r"(?P<noun>agreement|treaty|accord|pact|partnership|memorandum|deal)s?\b(?!\s+(?:will|would|shall|is|was|to)\b)", _I),
    "amend", "extend", "renew", "revis", "updat", "prolong", "renegotiat", "overhaul", "moderni")

# The umbrella an act comes under: "The arrangement falls under the Framework Agreement signed in 2016" (named, not
# "falls under the agreement": the act told).
_FALLS_UNDER = Hinted(re.compile(
    r"\b(?:falls?|fell|falling|comes?|came|coming)\s+under\s+(?:an?|the|their|its)\s+"
    r"(?!(?:same|said|new|signed|latest|above|this)\b)(?:[\w-]+\s+){1,5}?"
    r"(?P<noun>agreement|treaty|accord|pact|partnership|memorandum)s?\b"
    r"(?:\s+(?:signed|concluded|reached)\s+(?:[\w-]+\s+){0,8}?in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)?", _I), "under")


# A quoted statement that the act "has been signed", attributed after it: the signing just told, in the source's words
# ('A said it has inked a roadmap with B. "A and B have signed a Roadmap for ...," the agency said.').
_QUOTED_SIGNING = re.compile(r"^\W*[\"“](?![^\"”]*\b(?:also|another|second|other|two|three|several)\b)[^\"”]*\b(?:have|has)\s+"
                             r"(?:signed|inked|concluded)\b[^\"”]*[,.]?[\"”]\s*,?\s+(?:[\w-]+\s+){0,4}?(?:said|says|stated|added)\b")


def quoted_signing(text: str, status: str | None, agreement: Agreement) -> bool:
    """Whether a clause quotes a statement that the act in focus, already signed, has been signed."""
    return status == "signed" == agreement.status and bool(_QUOTED_SIGNING.search(text))


def older_act(text: str) -> re.Match | None:
    """Where a clause names an older act its own act revises or comes under (the match's "noun" names its kind)."""
    return REVISED_ACT.search(text) or _FALLS_UNDER.search(text)


# An act named as the older one: "the original agreement was concluded in 2005", "the previous deal", "the pact,
# originally signed in 2015, provides ..." (its first making, told after a renewal or revision now).
_OLDER = Hinted(re.compile(
    r"\b(?:the|this|that|their|its)\s+(?:original|previous|earlier|old|older|former|prior|existing|long-standing"
    r"|longstanding)\s+(?:[\w-]+\s+){0,3}?(?P<noun>agreement|treaty|accord|pact|memorandum|deal)s?\b"
    r"|\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?(?P<first>agreement|treaty|accord|pact|memorandum|deal)s?\s*,?\s+"
    r"(?:originally|first|initially)\s+(?:signed|concluded|inked|agreed)\b", _I),
    "original", "previous", "earlier", "old", "former", "prior", "existing", "long", "initially", "first")


def older_named(text: str, focus: Agreement | None) -> str | None:
    """The kind of the older act a clause names ("The original agreement was signed in 1979"), when the act in focus
    is one made now (signed, planned, proposed): the older act is one more act of the same parties, in force."""
    older = _OLDER.search(text)
    if older is None or focus is None or not focus.status or ongoing(focus.status):
        return None
    return cues.find_kind(older.group("noun") or older.group("first"))[0]


def revision_status(text: str, status: str | None) -> str | None:
    """The status of a revision told done ("has revised a long-standing agreement", "amended their 2018 pact"): made
    now, signed, though the act it revises is in force."""
    revised = REVISED_ACT.search(text)
    if revised is None or status not in (None, "in-force") or not re.match(_REVISED, revised.group(), _I):
        return status
    return "signed"


_ATTRIBUTION = re.compile(r"\b(?:according\s+to|as\s+per|per|citing|quoting)\s+$", _I)


def points_to_source(kind: str | None, back: re.Match | None, text: str) -> bool:
    """Whether the act a clause points back to is only where it is told: "As per the statement, A and B intend to
    launch a network" tells the network, not the statement again. (A body introduced before a pointer to an act,
    "set up a team to implement the memorandum", was tried as one more act and left out: on the untouched third it
    cost a right status and gained no act.)"""
    return bool(back and kind and _ATTRIBUTION.search(text, max(0, back.start() - 16), back.start()))


# A verb of concluding with an object of its own: "signed a space cooperation programme", "concluded an accord".
_SIGNED_NEW = Hinted(re.compile(r"\b(?:signed|inked|concluded|sealed)\s+(?:an?|another)\s+", _I),
                     "signed", "inked", "concluded", "sealed")


def signed_apart(text: str, when: dict[int, set[str]], focus: Agreement) -> bool:
    """Whether a clause that names no party tells one more instrument signed at another, earlier time than the act
    in focus ("Roscosmos and CNSA signed a memorandum on Tuesday. In 2017, the two agencies signed a cooperation
    programme"): its own verb, a new object (an indefinite article), its own time."""
    if not _SIGNED_NEW.search(text):
        return False
    if not when.get(id(focus)):
        return bool(_YEAR_LED.match(text))  # the act told with no time of its own: "In November 2017, ... signed a"
    return another_time(when, focus, text) and not later_time(when, focus, text)


_YEAR_LED = re.compile(r"\W*(?:in|on|back in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
                       r"(?:19|20)\d\d\b", _I)


_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|a\s+(?:series|number|dozen)\s+of)"
# The act told as one of several made with it: "The energy agreement was among seven signed", "is one of 12 documents".
_COUNTED_AMONG = Hinted(re.compile(
    r"\b(?:was|is|were|are)\s+(?:among|one\s+of)\s+(?:the\s+)?" + _NUMBER + r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:signed|inked|concluded|exchanged|agreements|documents|deals|accords|memorand(?:a|ums)|pacts|instruments)\b", _I),
    "among", "one of")
# Instruments an umbrella act holds, told in the plural: "the new pact includes agreements on chips and rare earths".
_INCLUDES_MORE = Hinted(re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:pact|partnership|deal|package|framework)\s+(?:also\s+)?"
    r"(?:includes|included|contains|comprises|encompasses)\s+(?:new\s+|separate\s+)?"
    r"(?:agreements|deals|accords|memorand(?:a|ums)|MoUs|pacts|protocols)\s+(?:on|for|in)\b", _I),
    "includ", "contain", "compris", "encompass")
# One more instrument under way beside the act told: "They are also preparing an administrative arrangement".
_ALSO_UNDER_WAY = Hinted(re.compile(
    r"\balso\s+(?:preparing|negotiating|drafting|finali[sz]ing|working\s+on)\s+(?:an?|another|a\s+new)\s+", _I), "also")
# A body set up to make an instrument, which is still to come: "set up a working group to negotiate a free trade
# agreement", "established a task force to work out a data pact".
_BODY_TO_MAKE = Hinted(re.compile(
    r"\b(?:working\s+groups?|task\s+forces?|committees?|commissions?|teams?|panels?)\s+(?:that\s+will\s+|to\s+)"
    r"(?:draft|negotiate|prepare|work\s+out|finali[sz]e|conclude|hammer\s+out|develop)\s+(?:an?|the)\s+", _I),
    "group", "force", "committee", "commission", "team", "panel")


def further_acts(text: str, focus: Agreement, actors: int) -> list[tuple[str, str]]:
    """The kinds and statuses of the acts a clause that tells the act in focus (naming actors times an actor) adds
    beside it, of the same parties: a body set up under it or also set up, the others it was signed among, an
    instrument also under way."""
    if actors == 1:
        return []  # one side's own doing: "Under the deal, Japan will set up a fund"
    if body := body_set_up(text, focus) or passive_body(text, focus):  # bodies_passive: "groups will be set up"
        return [body]
    if _COUNTED_AMONG.search(text) or _INCLUDES_MORE.search(text):
        made = focus.status and STATUS_RANK[focus.status] >= STATUS_RANK["signed"]
        return [("agreement", focus.status if made else "signed")]
    if focus.kind == "working-group" and (making := _BODY_TO_MAKE.search(text)):
        kind, where = cues.find_kind(text[making.end():])
        if kind and kind != "working-group" and where <= 30:
            return [(kind, "planned")]  # "set up a working group to negotiate a free trade agreement": the agreement ahead
    under_way = _ALSO_UNDER_WAY.search(text)
    if under_way and not OWN.search(text, under_way.end(), under_way.end() + 40):
        kind, where = cues.find_kind(text[under_way.end():])
        if kind and where <= 24 and not (len(focus.evidence) == 1 and (focus.kind, focus.status) == (kind, "planned")):
            return [(kind, "planned")]  # (not when the act this very clause told is that instrument: status_fates)
    return []


# A body or undertaking set up under a name of its own: "intend to launch a Developing Electronics (DELTA) network".
_SET_UP_NAMED = Hinted(re.compile(
    r"\b(?:launch|establish|set\s+up|create|form|unveil)(?:ed|es|s|ing)?\s+(?:an?)\s+(?:new\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+|of\s+|for\s+|on\s+)?(?:\(\s*)?(?-i:[A-Z])[\w-]*\)?){1,8})", _I),
    "launch", "establish", "set", "creat", "form", "unveil")


def named_anew(text: str, agreement: Agreement) -> bool:
    """Whether a clause sets up something under a name of its own (not an instrument's name: "signed a Memorandum of
    Cooperation" may retell the deal) that the act was never told with: one more undertaking of the same kind."""
    named = _SET_UP_NAMED.search(text)
    if named is None or cues.find_kind(named.group("name"))[1] == 0:
        return False
    return not cues.content_words(named.group("name")) <= told_words(agreement)


# Something to be built or set up, and the words that name it: "to construct a batch of incubators for start-ups".
_TO_BUILD = Hinted(re.compile(
    r"\b(?:build|construct|establish|set\s+up|create|launch|open)\s+(?P<object>(?:[\w-]+\s+){1,6})", _I),
    "build", "construct", "establish", "set", "creat", "launch", "open")
_GENERIC_OBJECT = frozenset("joint batch series number several new more bilateral cooperation together with states "
                            "countries".split())


def offered_anew(text: str, offer: Agreement) -> bool:
    """Whether a clause offers to build or set up something the offer in focus never named: a speech proposing a
    data centre, then incubators, then a mechanism, makes one offer of each."""
    build = _TO_BUILD.search(text)
    if build is None:
        return False
    words = cues.content_words(build.group("object")) - _GENERIC_OBJECT - actor_words(build.group("object"))
    return bool(words) and not words & told_words(offer)
