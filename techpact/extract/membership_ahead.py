"""Members a sentence counts and the next sentence names: "Nine EU member states launched the coalition on
Wednesday. Ministers of Austria, Belgium, ... and the Netherlands issued a statement ..." (the named states are the
counted members when the next sentence names exactly as many, in one list, and says nothing to undo it)."""

from __future__ import annotations

import re

from techpact.extract.count_words import COUNT_PATTERN, COUNT_WORDS
from techpact.extract.facts import Span
from techpact.extract.membership_matches import NOT_MEMBER, Skeleton
from techpact.extract.first_chars import quick_start

_I = re.IGNORECASE
_NUMBERS = COUNT_WORDS  # "two" ... "twelve", "seventeen", "twenty-seven"
_NUMBER = r"(?P<n>" + COUNT_PATTERN + r"|\d{1,2})"
# A cheap look at the raw sentence before its skeleton is made.
_GATE = re.compile(r"\b" + _NUMBER + r"\s+(?:\S+\s+){0,7}?(?:member|countries|nations|states|leaders)", _I)
_GATE = quick_start(_GATE)  # the same matches, tried only where one may start
# "nine EU member states", "five BRICS countries", "three of the bloc's members".
_COUNTED = re.compile(r"\b" + _NUMBER + r"\s+(?:of\s+(?:the\s+)?)?§B(?P<b>\d+)§(?:['’]s)?[\s-]+(?:member[\s-]+(?:states|countries"
                      r"|nations)|members|countries|nations|states)\b"
                      # "six ex-Soviet states that are members of the CSTO", "the bloc's four members"
                      r"|\b(?P<n2>" + COUNT_PATTERN + r"|\d{1,2})\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states)\s+(?:that|which)\s+"
                      r"(?:are|were)\s+(?:all\s+)?members\s+of\s+(?:the\s+)?§B(?P<b2>\d+)§"
                      r"|§B(?P<b3>\d+)§['’]s?\s+(?P<n3>" + COUNT_PATTERN + r"|\d{1,2})\s+(?:founding\s+|full\s+)?(?:members|member states"
                      r"|member countries|leaders)\b", _I)
# A summit report: the counted members' leaders, whom the next sentence may name each in its own way ("Chinese President
# Xi, Brazil's Lula and the leaders of India and Russia").
_LEADERS = re.compile(r"\b(?:leaders?|heads? of (?:state|government)|presidents|prime ministers)\b", _I)
# Words that set states apart in the next sentence even when it names as many as were counted ("neither ... nor" only
# tells who did what at the summit).
_WITH = re.compile(r"\bwith\b", _I)
_APART_MIXED = re.compile(r"\b(?:not|never|outside|none|non-\w+|other than|except|guests?|invited|observers?)\b", _I)
_GATE_WORDS = ("member", "countr", "nation", "state", "leaders")
# The end of the next sentence: a full stop before a capital, a quote or the end of the text.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)")
_AHEAD = 600  # about one long sentence of wire copy
# What in the next sentence sets its states apart from the counted members.
_APART = re.compile(r"\b(?:not|nor|never|outside|neither|none|non-\w+|other than|except)\b", _I)
_PLACES = re.compile(r"§[LD]\d+§|¶P\d+¶")


def may_count(sentence: str) -> bool:
    """Whether a sentence may count a bloc's members (most do not)."""
    low = sentence.lower()
    return any(word in low for word in _GATE_WORDS) and bool(_GATE.search(sentence))


def next_sentence(span: Span, text: str) -> Span:
    """The sentence after span, found by its closing full stop."""
    start = span.end
    end_match = _SENTENCE_END.search(text, start + 1, start + _AHEAD)
    end = end_match.end() if end_match else min(len(text), start + _AHEAD)
    return Span(start, end, text[start:end])


def counted_members_ahead(skeleton: Skeleton, following: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for the states of the next sentence (following) when this one (skeleton) counts exactly that many
    members of a bloc, names no state of its own, and the next sentence names them in one list and nothing else; or,
    when this one counts the members' leaders, names them each in its own way (by name, demonym or possessive:
    "Chinese President Xi, Brazil's Lula and the leaders of India and Russia")."""
    if NOT_MEMBER.search(_PLACES.sub(" ", following.text)):
        return []
    places = _PLACES.findall(following.text)
    runs = [place for place in places if place.startswith("§L")]
    if len(runs) == 1 and not _APART.search(following.text) and (len(places) == 1 or not _LEADERS.search(skeleton.text)):
        # one list, perhaps beside a possessive or a demonym ("would connect L and India's system"), that holds none of
        # the states the counting sentence names itself ("India and four ASEAN nations ...")
        states = list(dict.fromkeys(m.code for m in following.lists[int(runs[0][2:-1])]))
        if {m.code for run in skeleton.lists for m in run} & set(states):
            return []
    elif "§L" not in skeleton.text and len(places) > 1 and _LEADERS.search(skeleton.text) and not _APART_MIXED.search(following.text) \
            and not _WITH.search(following.text, 0, following.text.rfind(places[-1])):  # "... held talks with X's leader"
        states = list(dict.fromkeys(m.code for place in places for m in following.lists[int(place[2:-1])]))
    else:
        return []
    found = []
    for match in _COUNTED.finditer(skeleton.text):
        before = skeleton.text[max(0, match.start() - 25):match.start()]
        if NOT_MEMBER.search(match.group()) or NOT_MEMBER.search(before):
            continue
        number = match.group("n") or match.group("n2") or match.group("n3")
        count = _NUMBERS.get(number.lower()) or int(number)
        if len(states) == count >= 2:
            bloc = match.group("b") or match.group("b2") or match.group("b3")
            found += [(state, skeleton.blocs[int(bloc)]) for state in states]
    return found


# "India, Iran and China have a similar status in the organisation", said of the status the sentence before gave.
_SAME_STATUS = re.compile(r"^\W*(?:\w+\s+){0,2}?§L(?P<l>\d+)§\s+(?:also\s+)?(?:have|has|had|hold|holds|held|enjoy|enjoys|share|shares)\s+"
                          r"(?:a|the)\s+(?:same|similar|equal|like)\s+status\s+(?:in|within|at)\s+(?:the\s+)?§B(?P<b>\d+)§", _I)
_MEMBER_BEFORE = re.compile(r"\bmember\b", _I)


def may_share_status(sentence: str) -> bool:
    """Whether a sentence may give states the status the sentence before spoke of."""
    return "status" in sentence


def same_status_members(skeleton: Skeleton, previous: str) -> list[tuple[str, str]]:
    """(state, bloc) for "L have a similar status in the organisation" when the sentence before (previous, raw text)
    made a state a member and spoke of no observer, partner or applicant."""
    match = _SAME_STATUS.match(skeleton.text)
    if not match or not _MEMBER_BEFORE.search(previous) or NOT_MEMBER.search(previous):
        return []
    bloc = skeleton.blocs[int(match.group("b"))]
    return [(state, bloc) for state in dict.fromkeys(m.code for m in skeleton.lists[int(match.group("l"))])]


def previous_sentence(text: str, start: int) -> str:
    """The sentence before the one at `start` (back to the full stop or line break before it). The stop is looked for
    in a widening stretch before `start`, not back to the document's head: a long document holds many sentences."""
    end, width = max(0, start - 2), 1024
    while True:
        low = max(0, end - width)
        stop = max(text.rfind(". ", low, end), text.rfind("\n", low, end))
        if stop >= 0 or low == 0:
            break
        width *= 8
    return text[stop + 1 if stop >= 0 else 0:start]


# "a trilateral security partnership called AUKUS", "the four-nation Quad grouping": how many states the bloc has.
_SIZE = {"bilateral": 2, "trilateral": 3, "quadrilateral": 4, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "a trilateral partnership called AUKUS", "the trilateral AUKUS partners" (the partners of a partnership that size).
_SIZED = re.compile(r"\b(?P<n>bilateral|trilateral|quadrilateral|(?:two|three|four|five|six)-(?:way|nation|country|member|party"
                    r"|state))\s+(?:(?:[\w-]+\s+){0,2}?(?:partnership|pact|alliance|grouping|group|bloc|format|dialogue)\s*,?\s*"
                    r"(?:(?:called|known as|dubbed|named)\s+)?(?:the\s+)?§B(?P<b>\d+)§(?![’'])"
                    r"|§B(?P<b2>\d+)§\s+(?:[\w-]+\s+)?(?:partnership|pact|alliance|grouping|group|bloc|format|dialogue|partners|allies"
                    r"|governments|nations|countries)\b)", _I)


def sized_bloc_members(skeleton: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for a sentence's one list of states when it says the bloc has just as many: "The leaders of the
    U.S., Australia and the U.K. reported progress under a trilateral security partnership called AUKUS"."""
    match = _SIZED.search(skeleton.text)
    if not match:
        return []
    places = _PLACES.findall(skeleton.text)
    rest = skeleton.text[:match.start()] + " " + skeleton.text[match.end():]  # the bloc's own "partnership" undoes nothing
    if len(places) != 1 or not places[0].startswith("§L") or NOT_MEMBER.search(_PLACES.sub(" ", rest)):
        return []
    states = list(dict.fromkeys(m.code for m in skeleton.lists[int(places[0][2:-1])]))
    size = _SIZE[match.group("n").split("-")[0].lower()]
    bloc = skeleton.blocs[int(match.group("b") or match.group("b2"))]
    return [(state, bloc) for state in states] if len(states) == size else []


# "The partnership, known as AUKUS, will ..." after "A new security partnership between the US, Britain and Australia".
_NAMED_AFTER = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?P<noun>partnership|pact|alliance|grouping|group|bloc)\s*,?\s*(?:which is\s+)?"
                          r"(?:known as|called|dubbed|named)\s+(?:the\s+)?§B(?P<b>\d+)§", _I)
_NAMED_BEFORE = r"\b{noun}\s+(?:between|among|of)\s+(?:the\s+)?§L(\d+)§"
# A partnership only talked of, or one that came to nothing: "Talks on a partnership between ... failed".
_PROSPECT = re.compile(r"\b(?:talks|negotiations|plans?|proposals?|idea|hopes?|bid|calls?)\s+(?:on|for|of|about)\s+(?:a|an|the)\s+"
                       r"(?:[\w-]+\s+){0,2}?$", _I)
_UNDONE = re.compile(r"\b(?:failed|collapsed|stalled|fell through|rejected|scrapped|abandoned|proposed|would|could|may|might)\b", _I)


def named_after_members(skeleton: Skeleton, previous: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for the states of "a partnership between L" in the sentence before (previous) when this one names
    that partnership: "The partnership, known as AUKUS, ..."."""
    match = _NAMED_AFTER.match(skeleton.text)
    if not match:
        return []
    before = re.search(_NAMED_BEFORE.format(noun=match.group("noun")), previous.text, _I)
    if not before or NOT_MEMBER.search(_PLACES.sub(" ", previous.text[:before.start()])) \
            or _PROSPECT.search(previous.text[:before.start()]) or _UNDONE.search(previous.text):
        return []
    bloc = skeleton.blocs[int(match.group("b"))]
    return [(state, bloc) for state in dict.fromkeys(m.code for m in previous.lists[int(before.group(1))])]


# "To date, seventeen Member States have signed the Declaration: Croatia, Cyprus, ..." (counted, then listed).
_COUNTED_COLON = re.compile(r"\b" + _NUMBER + r"\s+(?:§B(?P<b>\d+)§[\s-]+)?member[\s-]+(?:states|countries|nations)\b[^§¶.;:]{0,80}:\s*"
                            r"(?:the\s+)?§L(?P<l>\d+)§\s*(?:[.;]|$)", _I)


def counted_colon_members(skeleton: Skeleton, default_bloc: str | None) -> list[tuple[str, str]]:
    """(state, bloc) for "N member states have signed it: L" when L names exactly N states (the bloc is the one the
    sentence names there, else the passage's)."""
    match = _COUNTED_COLON.search(skeleton.text)
    if not match or NOT_MEMBER.search(_PLACES.sub(" ", match.group())):
        return []
    bloc = skeleton.blocs[int(match.group("b"))] if match.group("b") else default_bloc
    states = list(dict.fromkeys(m.code for m in skeleton.lists[int(match.group("l"))]))
    count = _NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    return [(state, bloc) for state in states] if bloc and len(states) == count else []


# "Several states are members of the bloc. These countries include L": the members the sentence before spoke of.
_THESE = re.compile(r"^\W*(?:(?:these|those|such)\s+(?:[\w-]+\s+)?(?:countries|states|nations|members|member states|economies)|(?P<they>they))"
                    r"\s+(?:include|included|includes|are|were|comprise|comprised)\s+(?:the\s+)?§L(?P<l>\d+)§", _I)
_MEMBERS_BEFORE = re.compile(r"\bmembers?\b|\bmember[\s-]+(?:states|countries|nations)\b", _I)


# A sentence opening with "These countries", perhaps after a phrase of source or time ("Based on public data, these ...").
_REFERS_BACK = re.compile(r"^[\s\"“'‘]*(?:(?:according to|based on|as of|in|by|since)\b[^,;]{0,50},\s*)?(?:these|those|such)\s"
                          r"|^\W*they\s+(?:include|included|are|were|comprise|comprised)\s"
                          r"|^\W*(?:the|all|all the)\s+(?:" + COUNT_PATTERN + r"|\d{1,2})\s+(?:countries|nations|states|members|member|governments)", _I)
# "Member states of the SCO agreed ... The six countries -- China, Russia, ... -- will ...": the members counted and named
# in the sentence after one that spoke of the bloc's members.
_THE_COUNTED = re.compile(r"^\W*(?:the|all|all the)\s+" + _NUMBER + r"\s+(?:countries|nations|states|members|member states"
                          r"|member countries|governments)\s*(?:[–—:(,]|--)\s*(?:the\s+)?§L(?P<l>\d+)§", _I)


def may_refer_back(sentence: str) -> bool:
    """Whether a sentence may list the members the sentence before spoke of ("These countries include ...")."""
    return _REFERS_BACK.match(sentence) is not None


# "These countries, together with L, are the only EU countries that ...", "Those states are members of NATO": the states
# the sentence before listed.
_THESE_ARE = re.compile(r"^\W*(?:(?:according to|based on|as of|in|by|since)\b[^,;§¶]{0,50},\s*)?(?:these|those)\s+(?:(?:two|three|four|five|six)\s+)?(?:countries|states|nations)\s*(?:,\s*(?:together|along)"
                        r"\s+with\s+(?:the\s+)?§L\d+§\s*,\s*)?(?:are|were)\s+(?:also\s+|both\s+|all\s+)?(?:(?:the\s+only|among\s+the"
                        r"(?:\s+[\w-]+)?)\s+)?(?:§B(?P<b>\d+)§[\s-]+(?:countries|nations|states|members|member states|member countries)\b"
                        r"|(?:founding\s+|full\s+)?members\s+of\s+(?:the\s+)?§B(?P<b2>\d+)§)", _I)


def _these_are_members(skeleton: Skeleton, previous: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for "These countries are EU members" of the one list of two or more states the sentence before
    names, when it names no other list and says nothing that sets them apart."""
    match = _THESE_ARE.match(skeleton.text)
    runs = re.findall(r"§L(\d+)§", previous.text)
    if not match or len(runs) != 1 or re.search(r"¶P\d+¶", previous.text) or _APART.search(previous.text):
        return []
    states = list(dict.fromkeys(m.code for m in previous.lists[int(runs[0])]))
    bloc = skeleton.blocs[int(match.group("b") or match.group("b2"))]
    return [(state, bloc) for state in states] if len(states) >= 2 else []


def these_members(skeleton: Skeleton, previous: Skeleton, default_bloc: str | None) -> list[tuple[str, str]]:
    """(state, bloc) for "These countries include L" when the sentence before (previous) spoke of a bloc's members
    (its last bloc, else the passage's) and of no observer, partner or applicant; and for "These countries are EU
    members" the states the sentence before listed."""
    antecedents = _these_are_members(skeleton, previous) + _counted_after_members(skeleton, previous)
    match = _THESE.match(skeleton.text)
    words = _PLACES.sub(" ", previous.text)
    if not match or not _MEMBERS_BEFORE.search(words) or NOT_MEMBER.search(words) or _APART.search(words):
        return antecedents
    if match.group("they") and (not previous.blocs or "§L" in previous.text or "¶P" in previous.text):
        return antecedents  # "They include L" only after a sentence on a bloc's members that names none of them
    bloc = previous.blocs[-1] if previous.blocs else default_bloc
    if bloc is None:
        return []
    return antecedents + [(state, bloc) for state in dict.fromkeys(m.code for m in skeleton.lists[int(match.group("l"))])]


def _counted_after_members(skeleton: Skeleton, previous: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for "The six countries -- L -- will ..." after a sentence that spoke of a bloc's members (named
    there), named no state and set none apart, when L names exactly as many states as the count says."""
    match = _THE_COUNTED.match(skeleton.text)
    words = _PLACES.sub(" ", previous.text)
    if not match or not previous.blocs or _PLACES.search(previous.text) or not _MEMBERS_BEFORE.search(words) \
            or NOT_MEMBER.search(words) or _APART.search(words) or NOT_MEMBER.search(_PLACES.sub(" ", skeleton.text)):
        return []
    states = list(dict.fromkeys(m.code for m in skeleton.lists[int(match.group("l"))]))
    count = _NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    return [(state, previous.blocs[-1]) for state in states] if len(states) == count >= 2 else []
