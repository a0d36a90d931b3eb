"""What one clause tells about an act beyond its parties: the kind it names outside actors' names, the states
that made an act in focus, who a group phrase stands for, the bloc whose meeting it names, the times it is dated by,
whether it says "also" of a new act, and whether it retells an act already told."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from techpact.extract.country_groups import countries_meant
from techpact.extract.kind_in_text import headed, kind_in_text
from techpact.extract import cues, roles
from techpact.extract.act_ahead import also_signed_after
from techpact.extract.act_times import another_time, later_time, news_day_after, when_told  # noqa: F401  (read here by agreements)
from techpact.extract.distributive_acts import one_with_many, ranked_or_included
from techpact.extract.bloc_apposition import describes_bloc, masked_noun
from techpact.extract.facts import Agreement, Span
from techpact.extract.gates import Hinted
from techpact.extract.spelt_gates import Spelt
from techpact.extract.gazetteer import gazetteer
from techpact.extract.kind_bodies import made_body
from techpact.extract.own_strategies import own_strategies
from techpact.extract.party_lists import lines_to_each
from techpact.extract.parties import Clause, clause_base, in_aside, one_with_each, sides_of_with
from techpact.ontology.reference import is_bloc

_OFFICIALS = Spelt(cues.OFFICIALS)  # "ministers", "leaders": most clauses name none, and are not scanned for them

def actor_words(text: str) -> set[str]:
    """The content words of a text that are names of its states and blocs."""
    return cues.content_words(" ".join(mention.surface for mention in gazetteer().find_actors(text)))


def also_another(text: str, where: int) -> bool:
    """Whether "also <verb>" comes right before the kind named at where: "The leaders also launched the Year of ...", or
    after it in the passive: "An agreement on space was also signed"."""
    also = cues.ALSO_ANOTHER.search(text, max(0, where - 60), where + 40)
    return (bool(also) and also.start() <= where) or also_signed_after(text, where)


def made_by_states(focus: Agreement, parties: list[str], text: str) -> bool:
    """Whether a clause tells that two or more states made the act in focus, a bloc's ("adopted by the heads of
    state of A, B and C"): the states are its parties, the bloc its framework."""
    return (lone_bloc(focus.parties) and len([p for p in parties if not is_bloc(p)]) >= 2
            and bool(cues.MADE_BY.search(text)))


def kind_outside_names(clause: Clause) -> tuple[str | None, int]:
    """The first kind noun of the clause that is not a word of an actor's name ("Treaty" of "the Collective
    Security Treaty Organization" names a bloc, not an instrument); in an instrument's name, the kind of its head
    ("the Partnership and Cooperation Agreement" is an agreement)."""
    grouped, whole, kind, where = kind_in_text(clause.text)
    text = clause.text if whole else grouped
    if kind == "partnership" and text is clause.text and describes_bloc(clause, where):
        kind, where = cues.find_kind(masked_noun(text, where))  # "Mercosur, an alliance of A, B and C, ...": the bloc
    if kind == "initiative" and (_OWN_OR_EVENT.search(text, max(0, where - 40), min(len(text), where + 40))
                                 or own_strategies(text, where, len({m.code for m in clause.actors if not is_bloc(m.code)}))):
        return None, len(text) + 1  # "adopted new national security strategies", "a Three Seas Initiative conference"
    if kind is None or not any(m.how == "bloc" for m in clause.actors):
        return kind, where
    base = clause_base(clause)
    names = [(m.start - base, m.end - base) for m in clause.actors if m.how == "bloc"]
    if not any(start <= where < end for start, end in names):
        return kind, where
    masked = text
    for start, end in names:
        masked = masked[:max(0, start)] + "X" * (end - max(0, start)) + masked[end:]
    kind, where = headed(masked, *cues.find_kind(masked))
    return (kind, where) if kind or grouped is None else ("initiative", where)


# A strategy of each side's own, or an initiative named as the event where an act happened.
_OWN_OR_EVENT = re.compile(r"\b(?:national|domestic|own)\s+(?:[\w-]+\s+){0,2}?strateg(?:y|ies)\b"
                           r"|(?-i:Initiative)\s+(?:conference|summit|meeting|forum|event)s?\b", re.IGNORECASE)


def lone_bloc(parties: list[str]) -> bool:
    return len(parties) == 1 and is_bloc(parties[0])


_BILATERAL = re.compile(r"\bbilateral(?:ly)?\b", re.IGNORECASE)
_GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


_SIDES = re.compile(r"\bsides\b", re.IGNORECASE)


def group_of(text: str, pair: list[str], seen: dict[str, int], named: list[str] = ()) -> list[str]:
    """The actors a group phrase stands for: the last ones named together (pair), or, when it counts fewer ("the two
    countries" after a deal of three), those the clause names and then the ones the document named most (seen: how
    often each was named)."""
    match, pair = cues.GROUP_PHRASE.search(text), countries_meant(text, pair)  # "the two countries" are no two blocs
    size = next((_GROUP_SIZES[word] for word in match.group().lower().split() if word in _GROUP_SIZES), 0) if match else 0
    if not size and _BILATERAL.search(text):
        if len(pair) > 3:
            return []  # "held bilateral meetings with each of the leaders" after a list of many: which two is not told
        size = 2  # "held bilateral talks" after a meeting of three: two of them
    if size == 2 and len(pair) > 2 and match and _SIDES.search(match.group()) and len(blocs := [c for c in seen if is_bloc(c)]) == 1:
        return pair + blocs  # "both sides" after a bloc's meeting with several states: the bloc and the states, all of them
    if not size or len(pair) <= size:
        return pair
    kept = set(sorted(pair, key=lambda code: (code not in named, -seen.get(code, 0)))[:size])
    return [code for code in pair if code in kept]


def summit_bloc(clause: Clause) -> str | None:
    """The bloc whose summit or meeting the clause names last ("the G20 summit in Rio"), if any."""
    base = clause_base(clause)
    for mention in reversed(clause.actors):
        if is_bloc(mention.code) and roles.BLOC_AS_SETTING_AFTER.match(clause.text, mention.end - base):
            return mention.code
    return None


def evidence_union(agreement: Agreement, name: str, read: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The union of read(sentence) over an act's evidence, gathered once per sentence as the evidence grows (an act
    of a long document may be told in hundreds of sentences, and this is asked at every clause); name keys the reading."""
    evidence = agreement.evidence
    count, first, last, union = agreement._gathered.get(name, (0, None, None, frozenset()))
    if count > len(evidence) or (count and (evidence[0] is not first or evidence[count - 1] is not last)):
        count, union = 0, frozenset()  # the evidence was changed, not only grown: read it all again
    if count < len(evidence):
        union = union.union(*(read(span.text) for span in evidence[count:]))
        agreement._gathered[name] = (len(evidence), evidence[0], evidence[-1], union)
    return union


def told_words(agreement: Agreement | None) -> frozenset[str]:
    """The content words an act was told with so far."""
    return evidence_union(agreement, "words", cues.content_words) if agreement else frozenset()


def told_again(agreement: Agreement, text: str, headline: Span | None = None) -> bool:
    """Whether a clause retells the act (a headline and its lead) rather than naming another instrument."""
    told = cues.content_words(agreement.evidence[0].text) if agreement.evidence else set()
    words = cues.content_words(text)
    first = agreement.evidence[0].text if agreement.evidence else ""
    if told <= words and (not told - actor_words(first) or not first.rstrip().endswith((".", ";", ":", ","))):
        return True  # a headline ("A and B signed a Memorandum of Cooperation") and the lead that details it
    if len(agreement.evidence) == 1 and agreement.evidence[0] == headline:
        return True  # the headline's act told once: the lead retells it in words of its own
    return bool(told and words) and len(told & words) / len(told | words) >= 0.6


def lead_retold(agreement: Agreement, status: str | None, clause: int, text: str) -> bool:
    """Whether a clause among the first three of a passage (clause: its number) retells the act its opening sentence
    told once, same status, adding the day or year the lead left out ("India has signed an MoU with Japan on chips.
    India on Thursday signed an MoU with Japan on the chip supply chain"): one act (other sectors: other_topic)."""
    return (clause <= 3 and len(agreement.evidence) == 1 and agreement.evidence[0].start == 0
            and bool(status) and agreement.status == status
            and not when_told(agreement.evidence[0].text) and bool(when_told(text)))


def recall_officials(clause: Clause, officials: dict[str, tuple[list[str], int]], index: int) -> list[str] | None:
    """The states of the officials a clause opening "The ministers ..." means: those named with that noun a few
    clauses before ("Foreign ministers from A, B and C met"), not merely the last actors named. Remembers, in
    officials, the states of every clause that names officials of two or more states."""
    they = None if clause.actors else cues.THEY.match(clause.text)  # a clause naming actors names its own
    if they and they.group("officials"):
        named = officials.get(they.group("officials").lower())
        return list(named[0]) if named and index - named[1] <= 4 else None
    states = list(dict.fromkeys(m.code for m in clause.actors if m.how != "dateline" and not is_bloc(m.code)))
    if len(states) >= 2:
        for noun in _OFFICIALS.findall(clause.text):
            officials[noun.lower()] = (states, index)
        if len(heads := _heads_named(clause)) >= 2:  # "A's President X held talks with B's Prime Minister Y": the leaders
            officials["leaders"] = officials["heads of state"] = (heads, index)
    return None


# A head's title anywhere in a clause: a cheap test before looking after each name.
_HEAD_WORD = Hinted(re.compile(r"president|prime minister|premier|chancellor|king|emir|sultan|crown prince|head of state|leader",
                              re.IGNORECASE), "president", "prime minister", "premier", "chancellor", "king", "emir", "sultan",
                   "crown prince", "head of state", "leader")
# After a state's name or adjective, a head of state or government: "Kenyan President", "Egypt's president".
_HEAD_AFTER = re.compile(r"(?:[’']s)?\s+(?:(?:the|his|her)\s+)?(?i:president|prime minister|premier|chancellor|king|emir|sultan"
                         r"|crown prince|head of state|leader)\b")


def _heads_named(clause: Clause) -> list[str]:
    """The states whose heads of state or government the clause names as people: by surname (a leader mention) or by
    a title after the state ("Kenyan President", "Ethiopia's prime minister"), in order, once each."""
    titled = bool(_HEAD_WORD.search(clause.text))
    if not titled and not any(m.how == "leader" for m in clause.actors):
        return []
    base = clause_base(clause)
    return list(dict.fromkeys(m.code for m in clause.actors if not is_bloc(m.code) and (
        m.how == "leader" or (titled and _HEAD_AFTER.match(clause.text, m.end - base)))))


def signed_unnamed(text: str) -> bool:
    """Whether a clause that names nobody tells a new instrument signed or exchanged ("A key highlight was the
    signing of a letter of intent on ..."): told right after the talks of two sides, it is theirs."""
    if cues.THEY.match(text) or cues.SEPARATELY.match(text):
        return False  # "They signed ...", "Separately, ...": a subject of its own, or another story
    kind, where = cues.find_kind(text)
    if not kind or _NAMED_SUBJECT.search(text, 1, where):
        return False  # "Safaricom signed a deal with ...": a named maker of its own (a company), not the two sides
    if not _NO_MAKER_TOLD.search(text):
        return False  # "The two central banks signed ...": a subject of its own, whoever it stands for
    bare = bool(_BARE_PLURAL.match(text, where) and _NO_DETERMINER.search(text, 0, where))  # "agreements were reached"
    return (bare or cues.introduces_instrument(text, where) or bool(_SEVERAL.search(text, max(0, where - 40), where))) and cues.find_status(text) == "signed"


_NAMED_SUBJECT = re.compile(r"\b[A-Z][\w&-]+")
_BARE_PLURAL, _NO_DETERMINER = re.compile(r"[A-Za-z]+s\b"), re.compile(r"(?:^|[,;:]\s*|\b(?:and|also|then)\s+)\W*$")
# Several instruments told at once: "Several agreements were signed", "A series of memoranda was exchanged".
_SEVERAL = re.compile(r"\b(?:several|multiple|a (?:series|number|package) of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A signing told with no maker: passive ("was signed", "were then exchanged") or a noun ("the signing of").
_NO_MAKER_TOLD = re.compile(r"\b(?:was|were|been|be)\s+(?:\w+\s+)?(?:signed|inked|exchanged|concluded|sealed|reached)\b"
                            r"|\b(?:signing|exchange|conclusion)\s+of\b", re.IGNORECASE)


_UMBRELLA_LIST = re.compile(r"(?:\b(?:agreements|documents|memoranda|MoUs|MOUs|deals|accords|instruments|pacts),?\s+(?:[\w-]+,?\s+){0,9}?"
                            r"|^\W*(?:they|these)\s+)(?:encompassing|including|covering|such as|namely|include|includes|included):?\s+",
                            re.IGNORECASE)
_UMBRELLA_LIST = Hinted(_UMBRELLA_LIST)  # tried only on clauses holding a word of its every match ("including", ...)
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the)\s)")
_ITEM_HEAD = re.compile(r"^\s*(?:(?:a|an|the)\s+)?[\"“‘]?(?:establishment\s+of\s+(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?$", re.IGNORECASE)


def listed_instruments(clause: Clause, umbrella: Agreement) -> list[str]:
    """The kinds of the instruments a clause lists after an umbrella of several ("concluded agreements encompassing
    a Strategic Partnership Council, the Hydrogen Initiative, a visa waiver and a memorandum on health"): one per
    item that names its own kind noun near its head (a partnership, an initiative, a memorandum), none for the rest;
    none when the list names a state that is no party of the umbrella told before it ("These include new projects
    (Angola and Ethiopia), agreements (Nigeria)": acts of other parties, each its own)."""
    text = clause.text
    listed = _UMBRELLA_LIST.search(text) if "," in text else None
    if not listed:
        return quoted_instruments(clause, umbrella)
    base = clause_base(clause)
    known = {m.code for m in clause.actors if m.start - base < listed.start()}
    known |= set(umbrella.parties) if umbrella.evidence[0] != clause.span else set()
    if any(m.code not in known for m in clause.actors if m.start - base >= listed.end()):
        return []
    kinds = []
    for item in _LIST_ITEM.split(text[listed.end():]):
        kind, where = made_body(item, *cues.find_kind(item))  # "the establishment of a Strategic Partnership Council"
        if kind and _ITEM_HEAD.match(item[:where]):
            kinds.append(kind)
    return kinds if len(kinds) >= 2 else []


# A title in quotation marks: "Agreement on Joint Production ...", "On the denunciation of the ... agreement on ...".
_QUOTED = re.compile(r"[\"“]([^\"“”]{8,300})[\"”]")
# A title, not words said: it opens on "On" or names its instrument with a capital, with no first person or speech in it.
_TITLE_OPENING = re.compile(r"^(?:On\s|(?:[\w’'-]+\s+){0,6}?(?:Agreement|Memorand|MoU|Treaty|Protocol|Accord|Convention|Programme"
                            r"|Program|Roadmap|Road Map|Action [Pp]lan|Plan|Declaration|Statement|Charter)\b)")
_SAID = re.compile(r"\b(?:I|we|our|us|my|will|said|says)\b", re.IGNORECASE)


def quoted_instruments(clause: Clause, umbrella: Agreement) -> list[str]:
    """The kinds of the instruments a clause names by two or more quoted titles ('the law "On the denunciation of the
    agreement on military transit" and the law "On the denunciation of the agreement on intelligence"', 'the
    "Memorandum of Understanding on ...", "Agreement on ..."'): one per title naming a kind of instrument; none when
    fewer than two, or when a state named outside the titles is neither the umbrella's party nor named before them."""
    text = clause.text
    if text.count('"') + text.count("“") + text.count("”") < 4:  # two titles in straight or curly quotation marks
        return []
    titles = [m for m in _QUOTED.finditer(text) if _TITLE_OPENING.match(m.group(1)) and not _SAID.search(m.group(1))]
    kinds = [kind for m in titles if (kind := cues.find_kind(m.group(1))[0])]
    if len(kinds) < 2:
        return []
    base = clause_base(clause)
    inside = [(m.start(), m.end()) for m in titles]
    known = {m.code for m in clause.actors if m.start - base < inside[0][0]} | set(umbrella.parties)
    outside = {m.code for m in clause.actors if not any(start <= m.start - base < end for start, end in inside)}
    return kinds if outside <= known else []


_PLURAL_INSTRUMENTS = re.compile(r"\b(?:agreements|documents|memoranda|MoUs|deals|accords|instruments|pacts)\b", re.IGNORECASE)


def instruments_beside(umbrella: Agreement, kinds: list[str], clause: Clause) -> list[str]:
    """The listed instruments that are acts beside the umbrella act. When every item of the list is an instrument and
    the umbrella was told by this very clause, or as several by one clause before ("The documents signed by A and B
    include an MoU on X and a treaty on Y"; "A and B signed several agreements. They include ..."), the umbrella is the
    first of them, not one more act; when some items name no instrument ("a visa exemption"), the umbrella stands for
    those."""
    span = clause.span
    told_here = umbrella.evidence == [span] or (len(umbrella.evidence) == 2 and umbrella.evidence[1] == span
                                                 and _PLURAL_INSTRUMENTS.search(umbrella.evidence[0].text))
    umbrella_list = _UMBRELLA_LIST.search(clause.text)
    items = sum(1 for item in _LIST_ITEM.split(clause.text[umbrella_list.end():]) if item.strip(" .;")) if umbrella_list else len(kinds)
    if told_here and umbrella.kind in (kinds[0], "agreement", "") and items == len(kinds):
        umbrella.kind = kinds[0]
        return kinds[1:]
    return kinds


_WITH_NAME = re.compile(r"\bwith\s+(?:the\s+)?(?-i:[A-Z])[\w&.’'-]+")


def with_someone_else(clause: Clause) -> bool:
    """Whether the clause's one actor signs "with" a named counterpart that is no state or bloc ("Kazakhstan also
    signed a deal with Microsoft"): a company or a body, not the partner of the act in focus."""
    base = clause_base(clause)
    spans = [(m.start - base, m.end - base) for m in clause.actors]
    return any(not any(start <= match.end() - 1 < end for start, end in spans)
               for match in _WITH_NAME.finditer(clause.text))


_FROM_EACH = re.compile(r"\b(?:secured|won|obtained|received|gained|garnered|drawn|drew)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:cooperation|support|backing|commitments?|pledges?|agreements?|deals?)\s+from\b", re.IGNORECASE)


def one_from_each(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs when one actor secures cooperation from each of several ("China has secured cooperation from
    Russia, Venezuela and South Africa"): what comes from several partners comes from each, not from one pact."""
    match = _FROM_EACH.search(clause.text)
    if not match:
        return None
    base = clause_base(clause)
    left = list(dict.fromkeys(m.code for m in clause.actors if m.start - base < match.start() and m.code in parties))
    right = list(dict.fromkeys(m.code for m in clause.actors if m.start - base >= match.end() and m.code in parties))
    if len(left) != 1 or len(right) < 2 or left[0] in right:
        return None
    return [[left[0], other] for other in right]


def venue_then_subject(clause: Clause, parties: list[str]) -> list[str]:
    """The parties with the state that, after a place set off by a comma, starts a clause as its subject ("Under the
    deal signed in Canberra, Australia will supply lithium to India": Australia is no mere venue)."""
    if ", " not in clause.text or len(clause.actors) < 2:
        return parties
    base = clause_base(clause)
    for mention in clause.actors:
        local = mention.start - base
        if (mention.code not in parties and not is_bloc(mention.code) and local >= 2 and clause.text[local - 2] == ","
                and roles.CITY_OF_STATE_BEFORE.search(clause.text, max(0, local - 60), local)
                and roles.SUBJECT_AFTER.match(clause.text, local + len(mention.surface))):
            return [mention.code] + parties
    return parties


def pairs_of(clause: Clause, parties: list[str], seen: list[str] = ()) -> list[list[str]] | None:
    """Bilateral pairs when a list acts with one other, one actor signs instruments with each of several, or one
    draws a side from each: the actors of a source or witness aside left out ("According to the U.S. office, A, B and
    C each agreed to work with the United States": A, B and C each with the US), and those of a closing attribution
    ("..., the Russian government said"). When nobody is named before "with"
    ("The Cabinet approved four MoUs with A, B, C and D", "Swap lines were extended to A, B and C"), the maker is the state the story is about: the first of
    seen (the actors in the order the document names them) not in the list."""
    if len(parties) <= 2:
        return None
    base = clause_base(clause)
    said = roles.SAID_AFTER.search(clause.text)  # "..., the Russian government said in a decree"
    told = [m for m in clause.actors if not in_aside(clause, m.start - base) and not (said and m.start - base >= said.start())]
    if len(told) < len(clause.actors):
        clause = Clause(span=clause.span, text=clause.text, actors=told, sectors=clause.sectors, continued=clause.continued)
    pairs = sides_of_with(clause, parties) or one_with_each(clause, parties) or one_from_each(clause, parties) or ranked_or_included(clause, parties)
    each, match = roles.ONE_WITH_EACH.search(clause.text), cues.WITH.search(clause.text)
    if not (each and match):
        each = match = lines_to_each(clause.text)  # "Similar swap lines were extended to A, B and C": one line each
    if pairs is None and each and match:
        if match.start() >= each.start() and not any(m.start - base < match.start() for m in clause.actors):
            home = next((code for code in seen if code not in parties and not is_bloc(code)), None)
            pairs = [[home, code] for code in parties] if home else None
    return pairs or one_with_many(clause, parties)  # one party's acts with each of a list: one per counterpart


def universities_only(clause: Clause) -> bool:
    """Whether the clause's only actors are the cities in two universities' names ("The University of Tokyo and Seoul
    National University signed ...", "Moscow State University and Tehran University agreed ..."): a deal of
    universities, no state's act."""
    match = cues.BETWEEN_UNIVERSITIES.search(clause.text)
    if not match:
        return False
    base = clause_base(clause)
    named = _NAME_BEFORE.search(clause.text, max(0, match.start() - 80), match.start())  # "Moscow State" University
    start = named.start() if named else match.start()
    named = _OF_NAME_AFTER.match(clause.text, match.end())  # the University "of Tehran"
    end = named.end() if named else match.end()
    return all(start <= m.start - base < end for m in clause.actors)


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s+)+$")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:[A-Z][\w’'.-]*(?:\s+|$))+")
