"""Memberships a passage states: which states it says belong to which bloc.

A sentence is first reduced to a skeleton in which each run of state names ("Brazil,
Russia, India and China") becomes one list placeholder and each bloc (by name, acronym,
or "the bloc"/"the group" pointing back to the passage's bloc) a bloc placeholder. The
membership constructions of English reporting are then patterns over that skeleton:
"SCO members L", "members of the G7 -- L", "L (Quad)", "the bloc, which includes L",
"L joined BRICS", "L, a member of the EU", "L and other ASEAN countries", ...

Every pattern is a general construction, never a sentence of one article. Applications,
invitations, observers, partners and former members are not memberships.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from techpact.extract.bloc_referents import passage_bloc, passage_bloc_cached
from techpact.extract.membership_broad import broad_members
from techpact.extract.facts import Membership, Mention, Span
from techpact.extract.first_chars import quick_start
from techpact.extract.gates import Hinted, InOrder, register, set_id, sets_in, words_in
from techpact.extract.membership_ahead import (counted_colon_members, counted_members_ahead, may_count, may_refer_back,
                                              may_share_status, named_after_members, next_sentence, previous_sentence,
                                              same_status_members, sized_bloc_members, these_members)
from techpact.extract.membership_matches import (NOT_MEMBER, Skeleton, aside_runs, co_possessors, coordinated_blocs,
                                                 following_blocs, foreign_owner, more_runs, negated, resolve, subject_list)
from techpact.extract.membership_anaphora import (forum_stand_in, may_name_forum, may_speak_for_state, may_stand_for_state,
                                                  speaker_stand_in, stand_in)
from techpact.extract.membership_antecedents import ANTECEDENT_RULE, COUNTS
from techpact.extract.membership_chair_rules import ONE_STATE
from techpact.extract.membership_history_rules import AFTER_FOUNDING, BLOC_WORD, FOUNDED_BEFORE
from techpact.extract.membership_formed_by import formed_by_members, may_be_formed_by
from techpact.extract.membership_headed_lists import headed_list_members
from techpact.extract.membership_meetings import may_gather_members, members_met_ahead
from techpact.extract.membership_rules import (LEADER_LISTS, LEADER_TITLE, LEADING_LISTS, MANY, MANY3, POSSESSIVES,
                                              PRONOUN_SUBJECT, RULES, SUBJECT_TOO)
from techpact.extract.membership_skeleton import LISTABLE as _LISTABLE
from techpact.extract.membership_plain import reads_plainer
from techpact.extract.membership_recent_bloc import recent_bloc
from techpact.extract.membership_counted_back import farther_lists
from techpact.extract.membership_allies import counted_allies, may_count_allies
from techpact.extract.membership_named_officials import may_name_officials, members_by_officials
from techpact.extract.required_words import required_sequence, required_sets, required_words
from techpact.extract.membership_skeleton import bloc_variants, sentence_skeleton
from techpact.ontology.reference import any_bloc, is_bloc

_I = re.IGNORECASE
__all__ = ["MemberList", "antecedent_memberships", "find_memberships", "member_lists", "passage_bloc", "sentence_skeleton"]

# A sentence that names no bloc needs one of these words to state a membership.
_CUE = re.compile(r"member|bloc|group|alliance|organi[sz]ation|cartel|union|council|commonwealth|association|dialogue|expand|enlarg|unite"
                  r"|compris|consist|founded|made up|composed|(?:includes|brings together|counts|gathers)\s+(?:[\w-]+\s+){0,6}?"
                  r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"  # "It includes 19 countries, ..."
                  r"|grew|grown|widen", _I)
_CUE = Hinted(_CUE, "member", "bloc", "group", "alliance", "organisation", "organization", "cartel", "union", "council",
              "commonwealth", "association", "dialogue", "expand", "enlarg", "unite", "compris", "consist", "founded", "made up",
              "composed", "includes", "brings together", "counts", "gathers", "grew", "grown", "widen")
# A joining told with no object ("India and Pakistan joined in 2017") joins the passage's bloc, unless the sentence before
# tells of an instrument one may join too ("The deal was signed in 2018. Japan joined in 2019").
_JOIN_CUE = Hinted(re.compile(r"\b(?:joined|acceded|admitted)\b", _I), "joined", "acceded", "admitted")
_INSTRUMENT = re.compile(r"\b(?:deal|agreement|treaty|pact|accord|convention|initiative|framework|protocol|partnership|programme"
                         r"|program|corridor|project|coalition|declaration|charter|memorandum|mou|scheme|mechanism|fund|bank)s?\b", _I)


def _read_rule(rule) -> tuple[tuple[str, ...], tuple[frozenset[str], ...], re.Pattern, InOrder]:
    """A rule's gate (its words, or for a rule no one wrote words for, the words its pattern spells out, never a
    placeholder every skeleton with a list or a bloc holds), its other sets of words, its pattern with a quick start and
    the test of its words' order, all read off one parse of its pattern (first_chars.parsed remembers the last few)."""
    gate = rule.words or required_words(rule.pattern, avoid="§¶")
    also = tuple(words for words in required_sets(rule.pattern, avoid="§¶", shortest=4) if words != frozenset(gate))
    return gate, also, quick_start(rule.pattern), InOrder(rule.pattern, required_sequence(rule.pattern))


_READ = [_read_rule(rule) for rule in RULES]
RULE_GATES = [gate for gate, _, _, _ in _READ]  # each rule's gate words
_GATE_WORDS = register(word for words in RULE_GATES for word in words)
# The rules each gate word lets run, and those no word gates, by their place in RULES (tried in that order).
_UNGATED = frozenset(index for index, words in enumerate(RULE_GATES) if not words)
_BY_WORD = {word: frozenset(index for index, words in enumerate(RULE_GATES) if word in words) for word in _GATE_WORDS}
# The other sets of words a rule's pattern spells out, every match holding one word of each: a skeleton that lacks all of
# one set is not searched by the rule either (looked up once its gate lets it run).
_RULE_ALSO = [also for _, also, _, _ in _READ]
register(word for sets in _RULE_ALSO for words in sets for word in words)
_RULE_ALSO_IDS = [tuple(map(set_id, sets)) for sets in _RULE_ALSO]  # the same sets by number (gates.sets_in)
_RULE_PATTERNS = [fast for _, _, fast, _ in _READ]  # the same matches, tried only where one may start
# The words each rule's matches hold in order, placeholders included: a skeleton that holds them out of order is not
# searched. "§L0§, a member of §B0§, is expected to ..." holds every word of a dozen rules of the shape "L is a member
# of B", but not in their order; searched, each takes 5-15 us of backtracking to fail on it (memberships were about
# a fifth of extraction on news-like text with one such sentence in ten).
_RULE_ORDER = [in_order for _, _, _, in_order in _READ]
# Words a sentence needs before "both countries are members of ..." is looked for, and how far back its states may be.
_ANTECEDENT_CUE = re.compile(r"\b(?:both|two|three|four|five|six|seven|eight|nine|ten)\b.*\b(?:member|make up|made up|form|formed|known as|called|dubbed"
                             r"|comprise|founded|belong|part of)", _I | re.S)
_ANTECEDENT_CUE = Hinted(_ANTECEDENT_CUE, "member", "make up", "made up", "form", "known as", "called", "dubbed", "comprise",
                         "founded", "belong", "part of")
_BACK = 700  # about two paragraphs of wire copy
# Cheap looks before a sentence's skeleton is made for the bloc's size or its naming ("The partnership, known as AUKUS").
_SIZED_CUE = re.compile(r"\b(?:bilateral|trilateral|quadrilateral|(?:two|three|four|five|six)-(?:way|nation|country|member|party|state))\b",
                        _I)
_SIZED_CUE = Hinted(_SIZED_CUE, "lateral", "-way", "-nation", "-country", "-member", "-party", "-state")
_NAMED_CUE = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:partnership|pact|alliance|grouping|group|bloc)\s*,?\s*(?:which is\s+)?"
                        r"(?:known as|called|dubbed|named)\b", _I)

@dataclass(frozen=True)
class MemberList:
    """States a sentence lists as members of a bloc, and where the list is."""

    bloc: str
    states: tuple[str, ...]
    start: int
    end: int
    participants: bool


def member_lists(span: Span, mentions: list[Mention], default_bloc: str | None = None,
                 joins_bloc: bool = False, founded_before: bool = False) -> list[MemberList]:
    """Blocs and the states the sentence lists as their members.

    span is one sentence and mentions the gazetteer's mentions in it; default_bloc is the
    bloc "the bloc"/"the group"/"members" refer to (see passage_bloc). A MemberList with
    participants=True lists the states as those taking part in what the sentence says the
    bloc did ("All G7 members -- the US, Japan, ... -- agreed"): callers can make them parties.
    joins_bloc says a joining with no object would join default_bloc ("India and Pakistan joined in 2017");
    founded_before that the sentence before told the bloc's founding, which "It was later joined by L" goes on from.
    """
    if not _may_list(mentions):
        return []
    if not any_bloc(map(_CODE, mentions)) and not _CUE.search(span.text) \
            and not bloc_variants()[0].search(span.text) and not (joins_bloc and _JOIN_CUE.search(span.text)):
        return []
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    found = _lists_in(skeleton, default_bloc, founded_before)
    if reads_plainer(span.text):  # "has now officially joined": read again without the adverbs news puts anywhere
        plain = sentence_skeleton(span, mentions, default_bloc, plain=True)
        if plain.text != skeleton.text:
            found += _lists_in(plain, default_bloc, founded_before)
    return _merged(found)


def _lists_in(skeleton: Skeleton, default_bloc: str | None, founded_before: bool = False) -> list[MemberList]:
    """The member lists the rules find in one skeleton."""
    found: list[MemberList] = []
    for index, matches in _rule_matches(skeleton.text, bool(skeleton.blocs), founded_before):
        rule = RULES[index]
        for match in matches:
            if negated(skeleton, match, rule):
                continue
            bloc = resolve(skeleton, match, default_bloc)
            if bloc is None:
                continue
            if rule.name in PRONOUN_SUBJECT:  # the one state named before "it"
                named = [a or b for a, b in re.findall(r"§L(\d+)§|¶P(\d+)¶", skeleton.text[:match.start()])]
                codes = {m.code for index in named for m in skeleton.lists[int(index)]}
                runs = named[:1] if len(codes) == 1 else []
            elif rule.name in SUBJECT_TOO:
                runs = [i for i in (subject_list(skeleton, match.start()), match.group("l")) if i is not None]
            else:
                runs = [match.group("l") or match.groupdict().get("l2")]
                runs += more_runs(skeleton.text, match.end(), rule) + aside_runs(match) + co_possessors(skeleton.text, match)
                if rule.name in LEADING_LISTS and match.group("lead"):  # "Adding to L, it now includes L2"
                    runs += re.findall(r"§L(\d+)§", match.group("lead"))
                if rule.name in POSSESSIVES:  # "..., Oman's presentation ... and Saudi Arabia's presentation"
                    runs += re.findall(r"¶P(\d+)¶", skeleton.text[match.end():])
                if rule.name in LEADER_LISTS or rule.name in POSSESSIVES:  # "... and Russian President Putin", "... and
                    rest = re.split(r"\s(?:—|–|--)|[;()]|,\s+(?!and\b)(?=[a-z])",  # India's Modi" up to the aside's end
                                    skeleton.text[match.end():], maxsplit=1)[0]
                    runs += [a or b for a, b in re.findall(r"§[DL](\d+)§(?=\s+" + LEADER_TITLE + r")|¶P(\d+)¶(?=['’]s?\s+"
                                                           r"(?-i:[A-Z]))", rest)]
            if rule.name in MANY and len(skeleton.lists[int(runs[0])]) < 2 \
                    or rule.name in MANY3 and len(skeleton.lists[int(runs[0])]) < 3 \
                    or rule.name in ONE_STATE and len({m.code for m in skeleton.lists[int(runs[0])]}) != 1:
                continue
            if rule.needs_bloc is False and foreign_owner(skeleton.text, match.start()):
                continue
            blocs = [bloc, *coordinated_blocs(skeleton, match)]
            for run_index in runs:
                run = skeleton.lists[int(run_index)]
                states = tuple(dict.fromkeys(m.code for m in run if not is_bloc(m.code)))
                if states:
                    found += [MemberList(each, states, run[0].start, run[-1].end, rule.participants) for each in blocs]
    return found


@lru_cache(maxsize=256)  # a skeleton's text only: a sentence told again (with other names in its places) is searched once
def _rule_matches(text: str, has_bloc: bool, founded_before: bool) -> tuple[tuple[int, tuple[re.Match, ...]], ...]:
    """The rules that match a skeleton's text, in the order of RULES, each with its matches."""
    words = words_in(text)
    present = sets_in(text)
    found = []
    for index in sorted(_UNGATED.union(*(_BY_WORD[word] for word in _GATE_WORDS & words))):
        rule = RULES[index]
        if rule.needs_bloc and not has_bloc or rule.name in AFTER_FOUNDING and not founded_before:
            continue
        if (also := _RULE_ALSO_IDS[index]) and not present.issuperset(also):
            continue  # a word the pattern spells out is missing
        if not _RULE_ORDER[index].holds(text):
            continue  # or they stand out of the pattern's order
        if matches := tuple(_RULE_PATTERNS[index].finditer(text)):
            found.append((index, matches))
    return tuple(found)


def _merged(found: list[MemberList]) -> list[MemberList]:
    """One MemberList per bloc and list, a participant list if any rule read it as one."""
    by_place: dict[tuple[str, int], MemberList] = {}
    for listed in found:
        key = (listed.bloc, listed.start)
        if key not in by_place or (listed.participants and not by_place[key].participants):
            by_place[key] = listed
    return sorted(by_place.values(), key=lambda listed: listed.start)


def _may_list(mentions: list[Mention]) -> bool:
    """Whether the sentence names a state that could be listed as a member (most sentences do not)."""
    return not _LISTED_HOWS.isdisjoint(map(_HOW, mentions))


_LISTED_HOWS = frozenset((*_LISTABLE, "demonym", "capital"))  # how a state that could be listed is named (_may_list)
_HOW, _CODE = attrgetter("how"), attrgetter("code")


def antecedent_memberships(span: Span, mentions: list[Mention], before: list[Mention],
                           default_bloc: str | None = None,
                           earlier_lists: list[tuple[str, ...]] = (),
                           farther: Callable[[], list[tuple[str, ...]]] | None = None) -> list[tuple[str, str]]:
    """(state, bloc) that "both countries are members of the SCO" states of the states named just before.

    The states are the sentence's own list before the words if it has as many as the count word says ("Iran
    and Iraq signed; both are OPEC members"), else the states mentioned in the text just before the sentence
    (before), if there are exactly that many of them, else the one list of that many states in the sentence before
    (earlier_lists: "The US, Japan, India and Australia launched it to counter China. The four nations, known as the
    Quad, ...").
    """
    if not _ANTECEDENT_CUE.search(span.text):
        return []
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    found = []
    for match in ANTECEDENT_RULE.finditer(skeleton.text):
        if NOT_MEMBER.search(match.group()):
            continue
        groups = match.groupdict()
        counted = groups["n"] or groups["n2"]
        count = COUNTS[(groups["two"] or "both").lower() if counted is None else counted.lower()]
        index = next((groups[name] for name in ("b", "b2", "b3", "b4", "b5", "b6") if groups[name] is not None), None)
        if index is None and default_bloc is None:
            continue
        runs = re.findall(r"§L(\d+)§", skeleton.text[:match.start()])
        states = list(dict.fromkeys(m.code for m in skeleton.lists[int(runs[-1])])) if runs else []
        if len(states) != count:  # the states named just before, by name first ("Kenya and Rwanda signed ... in Addis Ababa")
            named = list(dict.fromkeys(m.code for m in before if not is_bloc(m.code) and m.how in _LISTABLE))
            states = named if len(named) == count else \
                list(dict.fromkeys(m.code for m in before if not is_bloc(m.code) and m.how not in ("leader", "dateline")))
        if len(states) != count and len(sized := [run for run in earlier_lists if len(run) == count]) == 1:
            states = list(sized[0])
        if len(states) != count and farther is not None and count >= 3:  # listed some sentences before ("the five countries")
            states = list(next((run for run in farther() if len(run) == count), states))
        if len(states) == count:
            blocs = [default_bloc] if index is None else [skeleton.blocs[int(index)], *following_blocs(skeleton, match.end())]
            found += [(state, bloc) for state in states for bloc in blocs]
    return found


def find_memberships(span: Span, mentions: list[Mention], document_mentions: list[Mention],
                     text: str | None = None) -> list[Membership]:
    """Memberships one sentence states, read in the context of the whole passage's mentions (and text)."""
    has_bloc = any_bloc(map(_CODE, mentions))
    antecedent = (has_bloc or "ember" in span.text) and _ANTECEDENT_CUE.search(span.text)
    listing = _may_list(mentions)
    counting = has_bloc and text is not None and may_count(span.text)
    gathering = has_bloc and text is not None and may_gather_members(span.text)  # "Leaders of SCO member states met."
    named = has_bloc and text is not None and _NAMED_CUE.match(span.text)
    referring = (listing or has_bloc) and text is not None and may_refer_back(span.text)  # "These countries are EU members"
    standing = text is not None and may_stand_for_state(span.text)  # "Indonesia signed. It is a member of ASEAN."
    speaking = listing and may_speak_for_state(span.text)  # "\"We joined BRICS in 2024,\" Egyptian President X said"
    allies = text is not None and may_count_allies(span.text)  # "Seventeen allied countries agreed. They include: L"
    formed = has_bloc and text is not None and may_be_formed_by(span.text)  # "AUKUS, formed by the three countries"
    if not (antecedent or listing or counting or gathering or named or referring or standing or allies or formed):
        return []
    default_bloc = recent_bloc(span, mentions, document_mentions, text, passage_bloc_cached(document_mentions, text, span.end))
    memberships = []
    if antecedent:
        before = [m for m in document_mentions if span.start - _BACK <= m.start < span.start]
        earlier: list[tuple[str, ...]] = []
        if text is not None:  # the lists of the sentence before, for a count the mentions before do not meet
            previous = previous_sentence(text, span.start)
            lists = sentence_skeleton(Span(span.start - len(previous), span.start, previous),
                                      [m for m in before if m.start >= span.start - len(previous)], default_bloc).lists
            earlier = [tuple(dict.fromkeys(m.code for m in run if not is_bloc(m.code))) for run in lists]
        memberships += [Membership(state, bloc, span) for state, bloc in
                        antecedent_memberships(span, mentions, before, default_bloc, earlier, lambda: farther_lists(
                            text, span.start, document_mentions, default_bloc) if text is not None else [])]
    if listing:
        joins_bloc = text is not None and default_bloc is not None and _JOIN_CUE.search(span.text) is not None \
            and not _INSTRUMENT.search(previous_sentence(text, span.start))
        before = previous_sentence(text, span.start) if joins_bloc else ""
        founded_before = FOUNDED_BEFORE.search(before) is not None and (BLOC_WORD.search(before) is not None or any(
            is_bloc(m.code) for m in document_mentions if span.start - len(before) <= m.start < span.start))
        for listed in member_lists(span, mentions, default_bloc, joins_bloc, founded_before):
            memberships += [Membership(state, listed.bloc, span) for state in listed.states]
    if listing and ":" in span.text and may_count(span.text):  # "seventeen Member States have signed it: L"
        memberships += [Membership(state, bloc, span) for state, bloc in
                        counted_colon_members(sentence_skeleton(span, mentions, default_bloc), default_bloc)]
    if listing and has_bloc and _SIZED_CUE.search(span.text):
        memberships += [Membership(state, bloc, span) for state, bloc in
                        sized_bloc_members(sentence_skeleton(span, mentions, default_bloc))]
    if named:
        memberships += _named_after(span, mentions, document_mentions, text, default_bloc)
    if listing and text is not None and may_share_status(span.text):
        memberships += [Membership(state, bloc, span) for state, bloc in same_status_members(
            sentence_skeleton(span, mentions, default_bloc), previous_sentence(text, span.start))]
    if referring:  # "These countries include L", "These countries are EU members"
        before = previous_sentence(text, span.start)
        previous = Span(span.start - len(before), span.start, before)
        earlier = [m for m in document_mentions if previous.start <= m.start < previous.end]
        memberships += [Membership(state, bloc, span) for state, bloc in these_members(
            sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(previous, earlier, default_bloc), default_bloc)]
    if gathering:  # "... The ceremony involved the leaders of L"
        following = next_sentence(span, text)
        ahead = [m for m in document_mentions if following.start <= m.start < following.end]
        memberships += [Membership(state, bloc, span) for state, bloc in members_met_ahead(
            sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(following, ahead, default_bloc))]
    if listing and text is not None and may_name_forum(span.text) and (forum := forum_stand_in(span, mentions, document_mentions, text)):
        memberships += [Membership(state, listed.bloc, span) for listed in member_lists(*forum, default_bloc) for state in listed.states]
    for read in (stand_in(span, mentions, document_mentions, text) if standing else None,
                 speaker_stand_in(span, mentions) if speaking else None):
        if read is not None:
            stood, stood_mentions, state = read
            memberships += [Membership(state, listed.bloc, span) for listed in member_lists(stood, stood_mentions, default_bloc)
                            if state in listed.states]
    if allies:
        memberships += [Membership(state, bloc, span) for state, bloc in
                        counted_allies(span, mentions, document_mentions, text, default_bloc)]
    if listing and may_name_officials(span.text):  # "the foreign ministers of the Mercosur countries, X (Argentina), ..."
        memberships += [Membership(state, bloc, span) for state, bloc in members_by_officials(span, mentions, default_bloc)]
    if formed:
        memberships += [Membership(state, bloc, span) for state, bloc in formed_by_members(span, mentions, document_mentions, text, default_bloc)]
    if listing and text is not None:  # "[G7 countries]" on a line, then "Canada, France, ..."
        memberships += [Membership(state, bloc, span) for state, bloc in headed_list_members(span, mentions, document_mentions, text)]
    if counting:
        following = next_sentence(span, text)
        ahead = [m for m in document_mentions if following.start <= m.start < following.end]
        memberships += [Membership(state, bloc, span) for state, bloc in counted_members_ahead(
            sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(following, ahead, default_bloc))]
    if not memberships and listing:  # the last resort: one bloc, one list of three or more, told as a group
        memberships += [Membership(state, bloc, span) for state, bloc in broad_members(span, mentions, default_bloc)]
    return memberships


def _named_after(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str,
                 default_bloc: str | None) -> list[Membership]:
    """Memberships of "The partnership, known as AUKUS" read off the partnership the sentence before names."""
    before = previous_sentence(text, span.start)
    previous = Span(span.start - len(before), span.start, before)
    earlier = [m for m in document_mentions if previous.start <= m.start < previous.end]
    return [Membership(state, bloc, span) for state, bloc in named_after_members(
        sentence_skeleton(span, mentions, default_bloc), sentence_skeleton(previous, earlier, default_bloc))]
