"""Gazetteers: the names of states, blocs and sectors, compiled into fast matchers.

Names come from the reference data and the ontology's sector altLabels; nothing here
is a list of its own except the roles used to tell a party from a passing adjective.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from techpact.extract.facts import BODY, NAMED_BODY, STATE_COMPANY, Mention
from techpact.ontology import reference
from techpact.ontology.vocabulary import sector_idioms, sector_labels

# Short names that are also a company's legal form after its name: "Vale SA" (South Africa is "SA" on its own, or
# after a capitalised function word: "In SA, ...").
_LEGAL_SUFFIXES = frozenset({"SA"})
_NAME_BEFORE = re.compile(r"\b(?!(?:In|For|And|But|The|As|At|Of|With|From|To|By|On|Both|While|Where|When|If)\s)(?-i:[A-Z])[\w&.’'-]*\s+$")
# How a name refers to its state, strongest first: on a clash the stronger source wins.
_PRIORITY = {"curated": 0, "official": 1, "name": 2, "capital": 3, "demonym": 4}


_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A hyphened acronym in brackets, given for a name before it: "(AI-ECTA)".
_PARENTHESISED_ACRONYM = re.compile(r"\((?:[A-Z]{1,8}-)+[A-Z]{1,8}\)")


def _in_longer_acronym(text: str, start: int, end: int) -> bool:
    """Whether an acronym found at start:end is one piece of a hyphened acronym given in brackets for a name before it
    ("the Australia-India Economic Cooperation and Trade Agreement (AI-ECTA)" holds no "AI")."""
    if "-" not in text[max(0, start - 1):end + 1]:
        return False
    opening = text.rfind("(", max(0, start - 20), start + 1)
    found = _PARENTHESISED_ACRONYM.match(text, opening) if opening >= 0 else None
    return bool(found) and found.start() < start and end < found.end()


class PhraseIndex:
    """Phrases found in one Aho-Corasick pass (pyahocorasick) over a text, then kept where they stand as words.

    Much faster than one regular expression with a thousand alternatives, which the
    re module tries at every character, or a look-up at every word of the text.
    """

    def __init__(self, phrases: dict[str, object], fold: bool) -> None:
        self.fold = fold
        self._automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            if not _WORD.match(phrase):
                continue  # a phrase starts with a word
            key = phrase.lower() if fold else phrase
            if key not in self._automaton:  # two names folding alike: the first one's value
                self._automaton.add_word(key, (len(key), value))
        if len(self._automaton):
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str, object]]:
        """(start, end, surface, value) of every phrase in text, left to right, never overlapping.

        A phrase counts where it is whole words; where several start at one place, the longest ("South Africa",
        not "South"); where two overlap, the one that starts first.
        """
        haystack = text
        if self.fold:
            haystack = text.lower()
            if len(haystack) != len(text):  # a few characters lower-case to two ("İ"): keep offsets
                haystack = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if not len(self._automaton):
            return []
        size = len(haystack)
        longest: dict[int, tuple[int, object]] = {}  # start -> (end, value): the longest phrase ending a word
        for last, (length, value) in self._automaton.iter(haystack):
            end = last + 1
            if end < size and (haystack[end].isalnum() or haystack[end] == "_"):
                continue
            start = end - length
            if start not in longest or longest[start][0] < end:
                longest[start] = (end, value)
        return _kept(text, haystack, longest)


def _kept(text: str, haystack: str, longest: dict[int, tuple[int, object]]) -> list[tuple[int, int, str, object]]:
    """The phrases found (the longest ending a word at each start), left to right, that start a word and do not
    overlap one kept before them, as (start, end, surface, value)."""
    found = []
    resume = 0
    for start in sorted(longest):
        if start < resume:
            continue
        if start and (haystack[start - 1].isalnum() or haystack[start - 1] == "_"
                      or haystack[start - 1] == "-" and not _after_capitalised_word(text, start - 1)
                      and haystack[start - 2:start] != "--"):
            continue  # inside a word; after a hyphen only in compounds of names ("EU-US", "Korea-Indonesia") or
            # after a double hyphen, a dash typed ("15 countries of the region--China, Japan, ...")
        end, value = longest[start]
        found.append((start, end, text[start:end], value))
        resume = end
    return found


class PhraseIndexes:
    """Several case-sensitive phrase indices searched in one Aho-Corasick pass over a text: find_each gives what each
    one's PhraseIndex.find would give. The gazetteer's names, blocked phrases and sector acronyms are all looked up
    in each passage; one pass instead of three. The last text's answer is kept (find_actors and find_sectors both
    ask for it)."""

    def __init__(self, *phrase_sets: dict[str, object]) -> None:
        self._count = len(phrase_sets)
        entries: dict[str, list[tuple[int, int, object]]] = {}  # phrase -> (index, length, value), one per index
        for index, phrases in enumerate(phrase_sets):
            for phrase, value in phrases.items():
                if _WORD.match(phrase) and all(held != index for held, _, _ in entries.get(phrase, ())):
                    entries.setdefault(phrase, []).append((index, len(phrase), value))  # the first value, as PhraseIndex
        self._automaton = ahocorasick.Automaton()
        for phrase, found in entries.items():
            self._automaton.add_word(phrase, (len(phrase), tuple(found)))
        if len(self._automaton):
            self._automaton.make_automaton()
        self._last: tuple[str, tuple[list[tuple[int, int, str, object]], ...]] | None = None

    def find_each(self, text: str) -> tuple[list[tuple[int, int, str, object]], ...]:
        """For each index, as PhraseIndex.find (fold=False) of it: the phrases in text, left to right, never
        overlapping."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        longest: list[dict[int, tuple[int, object]]] = [{} for _ in range(self._count)]
        if len(self._automaton):
            size = len(text)
            for last, (length, entries) in self._automaton.iter(text):
                end = last + 1
                if end < size and (text[end].isalnum() or text[end] == "_"):
                    continue
                start = end - length
                for index, _, value in entries:
                    if start not in longest[index] or longest[index][start][0] < end:
                        longest[index][start] = (end, value)
        answer = tuple(_kept(text, text, found) if found else [] for found in longest)
        self._last = (text, answer)
        return answer


def _after_capitalised_word(text: str, hyphen: int) -> bool:
    """Whether the word before a hyphen is capitalised: "Korea-Indonesia", not "non-EU"."""
    end = hyphen
    while end > 0 and text[end - 1] == "." and end >= 2 and text[end - 2].isupper():
        end -= 1  # an abbreviation's last period: "U.S.-India"
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < end and text[start].isupper()


# How a name names the state itself: a blocked phrase that is all of such a name ("Papua New Guinea") is that state.
_WHOLE_NAMES = ("name", "official")
# The capitalised name a text defines an acronym for, right before "(ACRONYM)": "the Kenya Space Agency (KSA)".
_DEFINING_NAME = re.compile(r"\b((?:(?:[A-Z][\w'’.-]*|of|and|for|the|on|in|de)\s+){1,8})$")


def _defined_otherwise(text: str, mention: Mention, found: list[Mention]) -> bool:
    """Whether a state's acronym ("KSA") is one the text defines for another name ("the Kenya Space Agency (KSA)"): a
    name whose initials spell it, right before "(KSA)", naming no such state. The state's own definition ("the Kingdom
    of Saudi Arabia (KSA)"), a home in parentheses ("AANI (UAE)") and blocs keep their mentions."""
    if not mention.surface.isupper() or mention.how != "name" or reference.is_bloc(mention.code):
        return False
    for defined in re.finditer(re.escape(f"({mention.surface})"), text):
        name = _DEFINING_NAME.search(text, max(0, defined.start() - 120), defined.start())
        initials = "".join(word[0] for word in name.group(1).split() if word[0].isupper()) if name else ""
        if initials.endswith(mention.surface) and not any(
                other.code == mention.code and name.start(1) <= other.start < defined.start() for other in found):
            return True
    return False


@dataclass(frozen=True)
class Gazetteer:
    """Indexed names of actors (states and blocs) and sectors."""

    actors: PhraseIndex          # surface -> (code, how)
    blocked: PhraseIndex         # phrases that contain a name without meaning the state
    sector_exact: PhraseIndex    # acronyms, matched as written -> code
    sector_folded: PhraseIndex   # words, matched in any case -> code
    sector_idioms: dict[str, tuple[str, ...]]  # code -> lower-cased phrases holding its words that signal it not
    exact: PhraseIndexes         # actors, blocked and sector_exact, searched in one pass

    def find_actors(self, text: str) -> list[Mention]:
        """Every state and bloc named in text, left to right, longest name first."""
        named, blocked, _ = self.exact.find_each(text)
        found = []
        for start, end, surface, (code, how) in named:
            if blocked and any(s <= start < e and not (how in _WHOLE_NAMES and (s, e) == (start, end))
                               for s, e, _, _ in blocked):
                continue  # a name inside a longer phrase ("Guinea" of "Equatorial Guinea"); the state's own name stays
            if how == "bloc" and text.startswith("$", end):
                continue  # a currency ("AU$50 million"), not the bloc with that acronym
            if surface in _LEGAL_SUFFIXES and _NAME_BEFORE.search(text, max(0, start - 40), start):
                continue  # a company's legal form ("Vale SA", "Airbus SA"), not South Africa
            if how == "combining":  # "Sino-Russian": as an adjective, only before a hyphen and a capitalised word
                if not (text.startswith("-", end) and text[end + 1:end + 2].isupper()):
                    continue
                how = "demonym"
            found.append(Mention(code, start, end, surface, how))
        if "(" in text and any(m.surface.isupper() and f"({m.surface})" in text for m in found):
            found = [m for m in found if not _defined_otherwise(text, m, found)]
        return found

    def find_sectors(self, text: str) -> list[tuple[str, int, int]]:
        """Every sector signalled in text as (code, start, end), left to right."""
        hits = [(code, s, e) for s, e, _, code in self.exact.find_each(text)[2] if not _in_longer_acronym(text, s, e)]
        hits += [(code, s, e) for s, e, _, code in self.sector_folded.find(text)]
        if hits:
            hits = [hit for hit in hits if hit[0] not in self.sector_idioms or not self._in_idiom(text, hit)]
        return sorted(hits, key=lambda h: h[1])

    def _in_idiom(self, text: str, hit: tuple[str, int, int]) -> bool:
        """Whether a sector word stands in one of its sector's idioms ("bargaining chip"), read off the text around it."""
        code, start, end = hit
        surface = text[start:end].lower()
        for idiom in self.sector_idioms[code]:
            at = idiom.find(surface)
            while at >= 0:
                lo, hi = start - at, start - at + len(idiom)
                if (lo >= 0 and hi >= end and text[lo:hi].lower() == idiom
                        and (lo == 0 or not text[lo - 1].isalnum()) and (hi == len(text) or not text[hi].isalnum())):
                    return True
                at = idiom.find(surface, at + 1)
        return False


def _actor_aliases() -> dict[str, tuple[str, str]]:
    extras = reference.curated_names()
    candidates: dict[str, dict[str, tuple[int, int, str]]] = {}

    def offer(surface: str, code: str, how: str) -> None:
        rank = _PRIORITY["curated"] if surface in extras.get(code, ()) else _PRIORITY[how]
        by_code = candidates.setdefault(surface, {})
        by_code[code] = min((rank, _PRIORITY[how], how), by_code.get(code, (99, 99, how)))

    for ref in reference.states().values():
        for name in ref.names:
            offer(name, ref.iso3, "official" if name == ref.official_name else "name")
        for name in ref.capitals:
            offer(name, ref.iso3, "capital")
        for name in ref.demonyms:
            offer(name, ref.iso3, "demonym")
    aliases: dict[str, tuple[str, str]] = {}
    for surface, by_code in candidates.items():
        best = min(rank for rank, _, _ in by_code.values())
        winners = [(c, how) for c, (rank, _, how) in by_code.items() if rank == best]
        if len(winners) == 1:  # a name two states share equally refers to neither
            aliases[surface] = winners[0]
    for surface in [surface for surface in aliases if "'" in surface]:
        aliases.setdefault(surface.replace("'", "’"), aliases[surface])  # news sets "Côte d’Ivoire" with a curly apostrophe
    for form, code in reference.combining_forms().items():
        aliases.setdefault(form, (code, "combining"))
    for body in reference.institutions().values():
        aliases.setdefault(body.name, (body.code, _institution_how(body, aliases)))
    for bloc in reference.blocs().values():
        for label in bloc.labels:
            aliases[label] = (bloc.code, "bloc")
            if label.isupper() and label.isalpha() and len(label) >= 4:
                aliases.setdefault(label.capitalize(), (bloc.code, "bloc"))  # house styles write "Brics", "Asean", "Nato"
    return aliases


def _institution_how(body: reference.InstitutionRef, aliases: dict[str, tuple[str, str]]) -> str:
    """How a state body names its state: a corporation; a body whose name carries a name of its state; or one without."""
    if body.company:
        return STATE_COMPANY
    words = set(re.findall(r"[^\W_]+", body.name))
    named = any(code == body.code and how in _PRIORITY and set(re.findall(r"[^\W_]+", surface)) <= words
                for surface, (code, how) in aliases.items() if surface.split()[0] in words)
    return NAMED_BODY if named else BODY


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer built from the reference data (built once per process)."""
    aliases = _actor_aliases()
    blocked_phrases = reference.not_mentions()
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for code, labels in sector_labels().items():
        for label in labels:
            for form in label_forms(label):
                # Acronyms (AI, ICT, 5G) must match as written; words match in any case.
                if any(ch.isupper() for ch in label[1:]) or len(label) <= 3:
                    exact.setdefault(form, code)
                else:
                    folded.setdefault(form.lower(), code)
    idioms = {code: tuple(idiom.lower() for idiom in phrases) for code, phrases in sector_idioms().items()}
    blocked = dict.fromkeys(blocked_phrases, None)
    return Gazetteer(
        actors=PhraseIndex(aliases, fold=False),
        blocked=PhraseIndex(blocked, fold=False),
        sector_exact=PhraseIndex(exact, fold=False),
        sector_folded=PhraseIndex(folded, fold=True),
        sector_idioms=idioms,
        exact=PhraseIndexes(aliases, blocked, exact),
    )


def label_forms(label: str) -> list[str]:
    """The ways news writes a sector label: as listed, in the plural and the singular ("CBDCs", "digital currencies",
    "fighter jet"), and with its words joined by spaces or hyphens ("machine-learning", "cyber defence")."""
    spellings = [label]
    if " " in label:
        spellings.append(label.replace(" ", "-"))
    if "-" in label:
        spellings.append(label.replace("-", " "))
    forms = []
    for spelling in spellings:
        forms.append(spelling)
        last = re.split(r"[ -]", spelling)[-1]
        if spelling.endswith("ies"):
            forms.append(spelling[:-3] + "y")
        elif spelling.endswith("s") and not spelling.endswith(("ss", "us", "is")) and (
                last != spelling or len(last) > 4 or last[:-1].isupper()):  # "chips" -> "chip", "SMRs" -> "SMR"; not "arms"
            forms.append(spelling[:-1])
        elif not spelling.endswith("s"):
            forms.append(spelling + "s")
            if spelling.endswith("y") and not spelling.endswith("ey"):
                forms.append(spelling[:-1] + "ies")
    return list(dict.fromkeys(forms))
