"""Who the parties of an act are, within one clause: the actors in their roles, less places, settings,
companies' owners, sources and the circle a bloc stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from techpact.extract import cues, roles
from techpact.extract.party_lists import PARTIAL_MEMBER_LIST, between_list, echoes_name, listed_after_state, matter_of_instrument, unnamed_other_side
from techpact.extract.accession_acts import accession_instrument
from techpact.extract.joint_launches import launched_between
from techpact.extract.bloc_addressee import bloc_as_setting
from techpact.extract.side_roles import SideRoles
from techpact.extract.state_bodies import government_and_other, other_side_not_an_actor
from techpact.extract.venue_subjects import subject_after_venue
from techpact.extract.trailing_clauses import trailing_clause
from techpact.extract.facts import BODY, NAMED_BODY, STATE_COMPANY, Mention, Span
from techpact.ontology.reference import is_bloc


@dataclass
class Clause:
    """One clause of a sentence, with what the gazetteer found in it."""

    span: Span          # the sentence it belongs to (the evidence)
    text: str
    actors: list[Mention]
    sectors: list[str]
    continued: bool = False  # it goes on from the clause before, after "and" ("..., and a memorandum on ...")


# How far before a name the patterns ending at it ("in the capital of") may start: a bounded stretch keeps it linear.
_BEFORE = 100


def party_candidates(clause: Clause) -> list[str]:
    """Codes of actors in a clause that can be parties, in order, once each.

    A demonym counts only when it qualifies a government noun ("the Russian
    president"); members listed in a membership aside are left out.
    """
    if not clause.actors:
        return []
    excluded: set[int] = set()
    for aside in cues.MEMBER_CLAUSE.finditer(clause.text):
        excluded.update(range(aside.start(), aside.end()))
    if "others" in clause.text and (partial := PARTIAL_MEMBER_LIST.search(clause.text)):
        excluded.update(range(partial.start(), partial.end()))  # "the group, which includes A, B and others"
    attribution = roles.ATTRIBUTION_AT_END.search(clause.text)
    if attribution:
        excluded.update(range(attribution.start(), attribution.end()))
    excluded.update(range(*trailing_clause(clause.text)))  # "..., as C and the US vie for influence": their own clause
    base = clause_base(clause)  # the clause's offset, as clause_base finds it
    asides = _asides(clause.text) if len(clause.actors) >= 3 or len(clause.actors) == 2 and (
        "," in clause.text or any(is_bloc(m.code) for m in clause.actors)) else []  # "Unlike ... the UAE, ... with Saudi Arabia"
    codes: list[str] = []
    circle: set[str] = set()
    told: set[str] = set()  # codes named outside the asides
    sides = SideRoles(clause.text)  # "a corridor to India": left out beside two others, at the end
    for mention in clause.actors:
        local, bloc = mention.start - base, is_bloc(mention.code)
        if local in excluded or mention.how == "dateline":
            continue
        if bloc and mention.code not in codes and echoes_name(clause.actors, mention, clause.span.text, clause.span.start):
            continue  # "(CSTO)" after a name left out as a setting: "the summit of the ... Organization (CSTO)"
        if not any(start <= local < end for start, end in asides):
            told.add(mention.code)
        if (not bloc and roles.LOCATION_BEFORE.search(clause.text, max(0, local - _BEFORE), local)
                and not roles.GOVERNMENT_IN_BEFORE.search(clause.text, max(0, local - _BEFORE), local)
                and not _BODIES_OF_STATE_IN_BEFORE.search(clause.text, max(0, local - 40), local)
                and not (_TAKING_PART_IN_BEFORE.search(clause.text, max(0, local - 40), local)
                         and _OWN_ACT_AFTER.match(clause.text, local + len(mention.surface)))
                and not _OWN_OFFER_AFTER.match(clause.text, local + len(mention.surface))
                and not (mention.how in (BODY, NAMED_BODY) and _TITLE_AT_BEFORE.search(clause.text, max(0, local - 40), local))):
            continue  # "the summit in Astana", "a plant in Finland", "the war in Ukraine": a place, not a party
        last = _last_word(clause.text, local)
        if sides.left_out(mention.code, local, mention.surface, last, bloc, never=bool(
                last in roles.NOT_PARTY_LAST_WORDS and roles.NOT_PARTY_BEFORE_GATED.found(clause.text, max(0, local - 60), local))):
            continue  # "dependence on China", "a border with Russia", and the names listed after: "exports to A and B"
        if matter_of_instrument(clause.text, local, mention.surface):
            continue  # "a declaration on Ukraine's reconstruction": the matter, not a side
        if (roles.CITY_OF_STATE_BEFORE.search(clause.text, max(0, local - 60), local)
                and not subject_after_venue(clause.text, mention, local, clause.actors, clause_base(clause))
                and not listed_after_state(clause.actors, mention, clause.span.text, clause.span.start)):
            continue  # "in Luanda, Angola"
        if mention.how == "capital" and "-" in clause.text[max(0, local - 1):local + len(mention.surface) + 1] and _in_route(
                clause.text, local, len(mention.surface)):
            continue  # "Baku-Tbilisi-Ceyhan": a route through the city
        if (roles.NOT_AN_ACTOR_AFTER.match(clause.text, local + len(mention.surface)) and not (cues.INSTRUMENT_NAME_AFTER.match(clause.text, local + len(mention.surface)) and _hyphen_joined(clause, mention))) or (
                mention.how == "capital" and clause.text[max(0, local - 4):local].lower() == "the "
                and roles.PLACE_NAMED_INSTRUMENT.match(clause.text, local + len(mention.surface))):
            continue  # "the Paris Agreement", "the Paris accord", "the Kremlin website": a name or a thing, not the state (but "the Ghana-Kenya Agreement" names its sides)
        if roles.COMPANY_OF_STATE_AFTER.match(clause.text, local + len(mention.surface)) or _owns_state_company(clause, mention) or (
                ")" in clause.text and roles.home_of_named_org(clause.text, local, mention.surface, [(m.start - base, m.end - base) for m in clause.actors])):
            continue  # "Russia's state-owned Rosatom", "China's tech giant", "China's CNNC", "Uranium One (Russia)": the company acts, not the state
        if mention.how in (BODY, NAMED_BODY, STATE_COMPANY) and not _body_acts(clause.text, mention, local):
            continue  # "a NASA-funded study", "NASA scientists", "Rosatom will build the plant": not the state acting
        if mention.how == "demonym":
            after = clause.text[local + len(mention.surface):]
            if not (roles.GOVERNMENT_NOUN.match(after) or _STATE_BANK_AFTER.match(after)) and not _hyphen_joined(clause, mention) and not roles.side_by_people(clause.text, local, mention.surface):
                continue  # "Russian media"; but "the German-Namibian partnership" names both sides
        if bloc:
            after = local + len(mention.surface)
            if bloc_as_setting(clause.text, local, after):
                continue  # "the SCO summit", "on the sidelines of APEC", "the only G7 nation": a setting, not an actor
            if (roles.BLOC_AS_CIRCLE_BEFORE.search(clause.text, max(0, local - _BEFORE), local)
                    and not accession_instrument(clause.text, local)):  # "signed a memorandum to join the SCO": a side
                circle.add(mention.code)  # "other ASEAN countries", "fellow GCC member": the circle states belong to
        if mention.code not in codes:
            codes.append(mention.code)
    owned = _ratified_for_others(clause)
    if owned:
        return owned
    codes = sides.settle(codes)
    if circle and any(not is_bloc(code) for code in codes):
        codes = [code for code in codes if code not in circle]
    if asides and len([code for code in codes if code in told]) >= 2:
        codes = [code for code in codes if code in told]  # the source or witness of an act between two others
    elif asides and any(code in told and not is_bloc(code) for code in codes):
        # "A, which chairs the SCO, backs ...", "A, which joined BRICS alongside B, is seeking ...": who A is, not
        # whom A acts with
        membership = any(cues.MEMBERSHIP.search(clause.text, start, end) for start, end in asides)
        codes = [code for code in codes if code in told or not (membership or is_bloc(code))]
    return codes


# After a state body's name, what makes it a thing or a modifier rather than an actor: "NASA-funded", "NASA scientists",
# "the Bundestag building".
_BODY_AS_THING_AFTER = re.compile(
    r"(?:-(?:funded|backed|sponsored|supported|built|made|run|owned|designed|operated|commissioned|financed)\b"
    r"|(?:[’']s)?\s+(?:(?!(?:on|in|at|for|with|to|of|and|or|the|a|an|over|about|from|by|into|as|its|their)\b)[\w-]+\s+)?"
    r"(?:scientists?|researchers?|engineers?|astronauts?|data|images?|imagery|telescopes?|aircraft"
    r"|instruments?|laborator(?:y|ies)|contractors?|grants?|funding|budget|building|website|headquarters|facilit(?:y|ies)"
    r"|launch(?:es)?|rockets?|spacecraft|satellites?|rates?|interest rates?|rules?|polic(?:y|ies)|report|study|studies"
    r"|program(?:me)?s?|missions?|hearing|elections?|vote|seats?)\b)", re.IGNORECASE)

# Taking part "in" an act of a state is no place: "will cease its participation in China's Belt and Road Initiative".
_TAKING_PART_IN_BEFORE = re.compile(r"\b(?:participation|involvement|participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking) part)\s+in\s+$",
                                    re.IGNORECASE)
_OWN_ACT_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:initiative|programme|program|project|agreement|pact|partnership"
                            r"|platform|scheme|framework|corridor)\b", re.IGNORECASE)
# After a state's name, an offer it owns: no place owns one ("is not interested in Kenya's offer of a data pact").
_OWN_OFFER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:offers?|proposals?|invitations?|bids?|requests?)\b", re.IGNORECASE)
# Before a state's name, the state's own bodies "in" it, not a place: "swap lines for central banks in Australia".
_BODIES_OF_STATE_IN_BEFORE = re.compile(
    r"\b(?:central banks?|monetary authorit(?:y|ies)|space agenc(?:y|ies)|regulators?|parliaments?|lawmakers|legislators)"
    r"\s+in\s+(?:the\s+)?$", re.IGNORECASE)

# Before a state body's name, a post held "at" it: "James Bridenstine, Administrator at NASA" works there, not a venue.
_TITLE_AT_BEFORE = re.compile(
    r"\b(?:administrator|director(?:-general)?|chief|head|chair(?:man|woman)?|governor|spokes(?:man|woman|person)"
    r"|secretary|deputy|officers?|scientists?|engineers?|researchers?|adviser|advisor)s?\s+at\s+(?:the\s+)?$", re.IGNORECASE)

# After a demonym, a state's bank that carries it: "the Hungarian National Bank", "the Swiss National Bank".
_STATE_BANK_AFTER = re.compile(r"\W{0,3}(?:National|Reserve|People[’']s|State)\s+Bank\b")

# After "said", the speaker as the subject of what it tells: "The central bank said in a statement on Monday that it
# has renewed agreements with ..." (the speaker is a party, not a source).
_SPEAKER_ACTS = re.compile(rf"(?:\s+in\s+a\s+(?:[\w-]+\s+)?statement)?{roles.SAID_WHEN}(?:\s+that)?\s+(?:it|they|we)\b",
                           re.IGNORECASE)

# One actor's instruments made with each of several others: "signed separately with", "swap lines with" (a swap line
# joins two central banks).
_SEPARATELY_WITH = re.compile(r"\bseparately\s+with\b|\b(?:swap|liquidity)['’\"]?\s+lines\b", re.IGNORECASE)

# Swap lines given "for" or "to" several central banks: "extended its swap lines to the central banks of A, B and C".
_LINES_FOR = re.compile(r"\b(?:swap|liquidity)['’\"]?\s+lines\b.{0,60}?\b(?:for|to)\b", re.IGNORECASE)

# Where a state corporation acts for its state: the text calls the act intergovernmental or says it signs for a
# government ("Rosatom signed on behalf of the Russian government").
_FOR_THE_STATE = re.compile(
    r"\binter-?governmental\b|\bgovernment-to-government\b|\bon behalf of (?:the |their |its )?(?:[\w-]+ ){0,2}governments?\b",
    re.IGNORECASE)


# A parliament or state ratifying an instrument of others: "The Bundestag voted to ratify the EU's trade agreement with
# Canada" is an act of the EU and Canada, not of Germany.
_RATIFYING = re.compile(r"\b(?:ratif\w*|approv\w*|backs?|backed|endors\w*)\b", re.IGNORECASE)
_OWNED_INSTRUMENT_WITH = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:agreements?|treaty|treaties|deal|pact|accord|partnership)\s+with\s+(?:the\s+)?",
    re.IGNORECASE)


def _ratified_for_others(clause: Clause) -> list[str] | None:
    """The owner and the other side of "X's agreement with Y" when someone else ratifies or approves it, else None."""
    if len(clause.actors) < 3 or "with" not in clause.text:
        return None
    base = clause_base(clause)
    for first, second in zip(clause.actors, clause.actors[1:]):
        between = clause.text[first.end - base:second.start - base]
        if (first.code != second.code and _OWNED_INSTRUMENT_WITH.fullmatch(between)
                and _RATIFYING.search(clause.text, 0, max(0, first.start - base))
                and any(m.code not in (first.code, second.code) for m in clause.actors if m.start < first.start)):
            return [first.code, second.code]
    return None


def _owns_state_company(clause: Clause, mention: Mention) -> bool:
    """Whether the state is named as the owner of a state corporation right after it: "China's CNNC"."""
    text, base = clause.span.text, clause.span.start
    after = mention.end - base
    if text[after:after + 1] not in "’'" or text[after + 1:after + 3] != "s ":
        return False
    return any(other.start == mention.end + 3 and other.how == STATE_COMPANY for other in clause.actors)


def _body_acts(text: str, mention: Mention, local: int) -> bool:
    """Whether a state body named in a clause acts there: not a modifier of a thing ("a NASA-funded study"), and a
    state corporation only in an act the clause presents as intergovernmental."""
    if _BODY_AS_THING_AFTER.match(text, local + len(mention.surface)):
        return False
    return mention.how != STATE_COMPANY or bool(_FOR_THE_STATE.search(text))


def _last_word(text: str, end: int) -> str:
    """The word before offset end, lower-cased, passing over a "the" ("exports to the", "like")."""
    words = text[max(0, end - 30):end].split()
    if words and words[-1].lower() == "the":
        words.pop()
    return words[-1].lower() if words else ""


def in_aside(clause: Clause, offset: int) -> bool:
    """Whether an offset of the clause text lies where a source, witness or onlooker is named ("..., which the US
    has criticised")."""
    return any(start <= offset < end for start, end in _asides(clause.text))


def _asides(text: str) -> list[tuple[int, int]]:
    """Stretches that name who tells or witnesses an act ("The Chinese foreign ministry said", "in the presence of")."""
    found = [match.span() for aside in roles.ASIDES for match in aside.finditer(text)]
    source = roles.ACCORDING_TO.match(text)
    if source:
        found.append(source.span())
    saying = roles.SAYING.search(text, 0, 120)
    if saying and not roles.ACT_BEFORE_SAYING.search(text, 0, saying.start()) and not _SPEAKER_ACTS.match(text, saying.end()):
        found.append((0, saying.end()))  # "The Chinese foreign ministry said (that)"
    return found


def joint_makers(clause: Clause) -> bool:
    """Whether two actors named together make a thing ("A and B will build a cable"; "a link between A and B was launched")."""
    if len(clause.actors) < 2 or not roles.JOINT_MAKING.search(clause.text):
        return len(clause.actors) >= 2 and launched_between(clause.text, clause_base(clause), clause.actors)  # "... was launched"
    base = clause_base(clause)
    for first, second in zip(clause.actors, clause.actors[1:]):
        if (first.code != second.code and roles.COORDINATION.match(clause.text[first.end - base:second.start - base])
                and roles.JOINT_MAKING.match(clause.text, second.end - base)):
            return True
    return False


def places(clause: Clause, parties: list[str]) -> list[str]:
    """States the clause names as places or hosts rather than actors ("arrived in Riyadh"), once each."""
    return list(dict.fromkeys(m.code for m in clause.actors
                              if m.how != "dateline" and not is_bloc(m.code) and m.code not in parties))


def compound_body(clause: Clause) -> tuple[int, str] | None:
    """Where the clause names a body or a joint project of two actors by their compound ("the EU-India Trade and
    Technology Council", "the ASEAN-Japan Cybersecurity Capacity Building Centre"): the offset of the compound and
    the kind it names (working-group, initiative), or None."""
    for first, second in zip(clause.actors, clause.actors[1:]):
        if second.start == first.end + 1 and clause.span.text[first.end - clause.span.start] in "-–":
            base = clause_base(clause)
            if roles.COMPOUND_BODY.match(clause.text, second.end - base):
                return first.start - base, "working-group"
            if roles.COMPOUND_PROJECT.match(clause.text, second.end - base):
                return first.start - base, "initiative"
    return None


def _in_route(text: str, local: int, length: int) -> bool:
    """Whether the name at local is one place of a chain of three or more ("Baku-Tbilisi-Ceyhan")."""
    start = local
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
        start -= 1
    chain = roles.ROUTE_CHAIN.match(text, start)
    return bool(chain) and chain.end() >= local + length


def _hyphen_joined(clause: Clause, mention: Mention) -> bool:
    """Whether the mention is one side of a compound of actors: "Thai-Malaysian", "German-Namibian"."""
    text, base = clause.span.text, clause.span.start
    for other in clause.actors:
        if other.start == mention.end + 1 and text[mention.end - base] in "-–":
            return True
        if other.end == mention.start - 1 and text[other.end - base] in "-–":
            return True
    return False


def outside_names(clause: Clause, pattern) -> bool:
    """Whether pattern matches the clause outside the names of its actors ("cooperation" of "the Shanghai
    Cooperation Organisation" is a name, not cooperation)."""
    if not any(m.how == "bloc" for m in clause.actors):
        return bool(pattern.search(clause.text))
    base = clause_base(clause)
    names = [(m.start - base, m.end - base) for m in clause.actors if m.how == "bloc"]
    return any(not any(start <= match.start() < end for start, end in names) for match in pattern.finditer(clause.text))


def clause_base(clause: Clause) -> int:
    """Offset of the clause in the document (a clause that is all of its sentence, as most are, is not searched for)."""
    return clause.span.start + (0 if clause.text is clause.span.text else max(0, clause.span.text.find(clause.text)))


def sides_of_with(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs when a list of actors acts "with" one other ("A, B and C partnered with D").

    Returns [[a, d], [b, d], [c, d]], or None when the clause does not read that way.
    """
    match = cues.WITH.search(clause.text)
    if not match or cues.JOINING_IN.match(clause.text, match.start()):
        return None  # "A and B signed a pact with the participation of C": one act of the three
    base = clause.span.start + clause.span.text.find(clause.text)
    named = [m for m in clause.actors if m.start - base < match.start() and m.code in parties]
    left = list(dict.fromkeys(m.code for m in named))
    right = list(dict.fromkeys(m.code for m in clause.actors if m.start - base > match.start() and m.code in parties))
    if not left or len(left) < 2 or len(right) != 1 or set(left) & set(right):
        return None  # "A teamed up with B and C to fund X" is one act of three
    if not all(roles.COORDINATION.match(clause.text[a.end - base:b.start - base]) for a, b in zip(named, named[1:])):
        return None  # "A and B signed a pact, like the one A signed with C": the list is not the subject of "with"
    if ", " in clause.text[named[-1].end - base:match.start()]:
        return None  # "A, B sign defence pact, agree on energy hub with C": "with" goes with a later thing, not the list
    return [[a, b] for a in left for b in right]


def one_with_each(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs when one actor signs instruments with each of several ("India signed MoUs with Nepal,
    Bhutan and Bangladesh", "separate agreements with A and B"): [[india, nepal], [india, bhutan], ...]."""
    if not (roles.ONE_WITH_EACH.search(clause.text) or _SEPARATELY_WITH.search(clause.text)):
        return None
    match = cues.WITH.search(clause.text) or _LINES_FOR.search(clause.text)
    if not match:
        return None
    base = clause_base(clause)
    left = list(dict.fromkeys(m.code for m in clause.actors if m.start - base < match.start() and m.code in parties))
    right = list(dict.fromkeys(m.code for m in clause.actors if m.start - base > match.start() and m.code in parties))
    if len(left) != 1:
        return None
    right = [code for code in right if code != left[0]]  # "..., the Russian government said": the maker again
    return [[left[0], other] for other in right] if len(right) >= 2 else None


def between_parties(clause: Clause) -> list[str] | None:
    """The actors right after "between" ("between Russia and Iran"), when it names two or more; the one side alone
    when the other is an unnamed group ("between the EAEU and other countries")."""
    if len(clause.actors) < 2:
        return None
    match = cues.BETWEEN.search(clause.text)
    if not match:
        return None
    base = clause.span.start + clause.span.text.find(clause.text)
    actors = [m for m in clause.actors if m.start - base > match.start()]
    if actors and (actors[0].start - base - match.end() > 80 or _other_side_is_not_an_actor(clause, actors[0], base)):
        return None  # (nobody named near it: "between the nation's armed forces and ..., from China")
    if actors and unnamed_other_side(clause.text, actors[0], base):
        return [actors[0].code]  # "between the EAEU and other countries": one side named, none to pair it with
    listed = between_list(clause.text, actors, base)
    if listed:
        return listed
    after = list(dict.fromkeys(m.code for m in actors))[:2]
    return after if len(after) == 2 else None


def between_company(clause: Clause) -> bool:
    """Whether "between A and B" has a company or other body, not a state, on one side ("between the government and
    Huawei" too)."""
    match = roles.sides_between(clause.text)
    if not match:
        return False
    base = clause_base(clause)
    actors = [m for m in clause.actors if m.start - base > match.start()]
    return ((bool(actors) and _other_side_is_not_an_actor(clause, actors[0], base) and actors[0].start - base - match.end() < 30)
            or government_and_other(clause.text, clause.actors, base))


def _other_side_is_not_an_actor(clause: Clause, first: Mention, base: int) -> bool:
    return other_side_not_an_actor(clause.text, first, clause.actors, base)


def named_after_with(clause: Clause, code: str) -> bool:
    """Whether the clause names the state after "with" ("The document was signed with B's ministry"), not as its
    subject ("B, which is at odds with A, said it was studying the agreement")."""
    base = clause_base(clause)
    first = next((m.start - base for m in clause.actors if m.code == code), -1)
    match = cues.WITH.search(clause.text, max(0, first - 40), max(0, first))
    return first >= 0 and match is not None


def split_framework(parties: list[str]) -> tuple[list[str], str | None]:
    """With two or more states named, a bloc among the parties is the framework, not a party."""
    states = [p for p in parties if not is_bloc(p)]
    blocs = [p for p in parties if is_bloc(p)]
    if len(states) >= 2 and blocs:
        return states, blocs[0]
    return parties, None
