"""Document -> facts: states, blocs, agreements, sectors, people, dates, memberships."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

from techpact.extract import cues
from techpact.extract.agreements import AgreementReader, Clause, finish
from techpact.extract.body_short_names import short_names
from techpact.extract.confidence import DATE_IN_SENTENCE, agreement_confidence, evidence_cues
from techpact.extract.clause_subjects import subject_breaks
from techpact.extract.counted_instruments import told_one_by_one
from techpact.extract.datelines import dateline_spans
from techpact.extract.dashes import hyphenated, quoting
from techpact.extract.bodies_set_up import bodies_set_up
from techpact.extract.member_with_bloc import own_bloc_acts
from techpact.extract.bloc_members_named import members_named_as_parties
from techpact.extract.unnamed_subject import without_unnamed_side
from techpact.extract.instrument_lists import comma_instrument_breaks
from techpact.extract.act_dates_done import after_story, announced_now, done, done_act_date
from techpact.extract.act_dates_earlier import earlier_act_date
from techpact.extract.earlier_signings import names_its_signing
from techpact.extract.act_dates_occasions import finer, occasion_before, told_at_occasion_held
from techpact.extract.act_dates_precision import news_date
from techpact.extract.act_dates_signing import signing_date_apart, signing_sentences
from techpact.extract.act_dates_spans import tells_age
from techpact.extract.act_times import without_telling_day
from techpact.extract.dates import act_date, first_date, named_act_date, start_date
from techpact.extract.facts import Agreement, Facts, Membership, Mention, PartialDate, Span
from techpact.extract.status_discourse import hot_news, signing_told
from techpact.extract.status_joined import joining_status
from techpact.extract.pattern_parts import any_of
from techpact.extract.gazetteer import gazetteer
from techpact.extract.membership_left import blocs_left
from techpact.extract.memberships import find_memberships
from techpact.extract.occasions import dated_occasions, occasion_among, told_at_occasion
from techpact.extract.offers_refused import refusals_told_first
from techpact.extract.offices import office_spans
from techpact.extract.outside_roles import outside_stretches
from techpact.extract.people import find_people, leader_mentions
from techpact.extract.plans_realised import realised_plans
from techpact.extract.sectors import ANOTHER_MATTER, background_stretches, circumstances, outside
from techpact.extract.seats import seats_of_blocs
from techpact.extract.sentences import split_sentences
from techpact.extract.signatories import signatories
from techpact.loaders.document import Document
from techpact.ontology.reference import is_bloc

__all__ = ["extract_facts", "Facts", "Agreement", "Membership", "Mention", "Span"]


def extract_facts(document: Document) -> Facts:
    """Everything techpact can tell from one document's text."""
    if (text := hyphenated(document.text)) != document.text:  # "the GCC–ASEAN Summit" read as "GCC-ASEAN"
        return quoting(extract_facts(replace(document, text=text)), document.text)
    gaz = gazetteer()
    datelines = dateline_spans(text)
    mentions = _mark_datelines(text, gaz.find_actors(text), datelines, gaz)
    people = find_people(text, mentions)
    mentions = seats_of_blocs(text, sorted(mentions + leader_mentions(text, people, mentions), key=lambda m: m.start))
    mentions = short_names(text, mentions)
    offices = office_spans(text)
    offices = _Stretches(offices)
    sectors = [hit for hit in gaz.find_sectors(text) if hit[1] not in offices]
    reader = AgreementReader()
    reader.news_year = document.issued.year if document.issued else None
    reader.pair = _headline_pair(document.title, gaz)  # "13 agreements were signed between the two countries" under it
    sentence_sectors: dict[Span, list[tuple[frozenset, list[str]]]] = {}
    memberships: dict[tuple[str, str], Membership] = {}
    m_index = s_index = 0
    sentences = split_sentences(text)
    for span in sentences:
        in_sentence: list[Mention] = []
        while m_index < len(mentions) and mentions[m_index].start < span.end:
            if mentions[m_index].start >= span.start:
                in_sentence.append(mentions[m_index])
            m_index += 1
        sector_hits = []
        while s_index < len(sectors) and sectors[s_index][1] < span.end:
            if sectors[s_index][1] >= span.start:
                sector_hits.append(sectors[s_index])
            s_index += 1
        context = circumstances(span.text, span.start, in_sentence)
        if sector_hits:
            sector_hits = outside(sector_hits, background_stretches(span.text, span.start, in_sentence, context))
        actors = in_sentence
        apart = context + outside_stretches(span.text)  # "to reduce its reliance on China", "brokered by Qatar"
        if apart:  # "Despite US pressure, Hungary and China signed ...": the US is no party
            actors = [m for m in in_sentence if not any(s <= m.start - span.start < e for s, e in apart)]
        clauses = _clauses(span, actors, sector_hits)
        for clause in clauses:
            reader.read(clause)
        if sector_hits:
            sentence_sectors[span] = [(frozenset(m.code for m in c.actors if m.how != "dateline" and not is_bloc(m.code)),
                                       c.sectors) for c in clauses if c.sectors and not ANOTHER_MATTER.match(c.text)]
        for membership in find_memberships(span, in_sentence, mentions, text):
            memberships.setdefault((membership.state, membership.bloc), membership)
    if memberships and (left := blocs_left(text, mentions)):  # "Qatar left OPEC in 2019": no member there, whatever else
        memberships = {pair: membership for pair, membership in memberships.items() if pair not in left}
    news_year = document.issued.year if document.issued else None  # a making told in it is no history (act_finish)
    joining_status(reader.multilateral, reader.joiners, news_year)  # "Georgia joined the US Clean Network": their act, made now
    agreements = own_bloc_acts(finish(told_one_by_one(reader.agreements, reader.second_of_two), news_year, text), document.issued)  # a bloc's act told beside one member
    agreements = members_named_as_parties(agreements, memberships, mentions)  # "... among the four members of the bloc—A, B, C, D"
    agreements = without_unnamed_side(agreements, mentions)  # "It has signed deals with A, B and C"
    agreements = realised_plans(agreements)  # "agreed to cooperate. An agreement was signed to this effect": one act
    refusals_told_first(agreements, sentences, mentions)  # "Iran rejected the proposal. A, B and C had offered Iran ..."
    bodies = bodies_set_up(agreements)  # "signed a memorandum on setting up an expert group": the group too
    reader.undated.update(id(body) for body in bodies)  # planned: not dated by the signing's sentence
    agreements += bodies
    _add_sentence_sectors(agreements, sentence_sectors)
    _add_headline_sectors(agreements, document.title, gaz)
    known = {person.name: person for person in people}
    starts = [m.start for m in mentions]
    filed = next((day for start, end in datelines[:1] if (day := first_date(text[start:end], document.issued))), None)
    occasions: list[list[tuple[int, PartialDate, bool]]] = []  # the passage's dated occasions, read once if an act needs them

    def occasions_dated() -> list[tuple[int, PartialDate, bool]]:
        if not occasions:
            occasions.append(dated_occasions(sentences, document.issued))
        return occasions[0]

    def when_held() -> PartialDate | None:
        return occasion_among(occasions_dated())

    sentence_starts = [span.start for span in sentences]
    telling: dict[Span, list[int]] = {}  # the acts by the sentences of their evidence, for told_at_occasion
    for index, agreement in enumerate(agreements):
        for span in dict.fromkeys(agreement.evidence):
            telling.setdefault(span, []).append(index)
    signings: list[Span] | None = None  # the sentences telling a signing done, found when an act first needs them
    for index, agreement in enumerate(agreements):
        dated = id(agreement) not in reader.undated
        _add_details(agreement, mentions, starts, document, dated,
                     lambda: told_at_occasion(agreement, agreements[:index], when_held, [
                         agreements[i] for i in telling.get(agreement.evidence[0], ()) if i < index
                         and id(agreements[i]) not in reader.undated] if agreement.evidence else None),  # not an older act's
                     {told for told in reader.when.get(id(agreement), ()) if told.isdigit()}, when_held)
        if dated and agreement.status == "in-force" and (agreement.date is None or agreement.date == filed or (
                document.issued and agreement.date == news_date(document.issued))):
            # dated by neither its sentences nor its name, or only by the story's day (that of the later step told):
            # "The nuclear cooperation agreement with Russia was signed in Tokyo in May 2009", told apart
            signings = signings if signings is not None else signing_sentences(sentences)
            agreement.date = signing_date_apart(agreement, signings, mentions, starts, document.issued) or agreement.date
        if agreement.date is None and not dated:  # "On March 9, A and B announced that they had signed an MoU"
            agreement.date = earlier_act_date(agreement, len(telling.get(agreement.evidence[0], ())) == 1
                                              if agreement.evidence else False, document.issued)
        if agreement.date is None and filed and agreement.status == "signed":
            agreement.date = filed  # what a story filed on a day reports as signed, with no date of its own
        elif (agreement.date is None and dated and agreement.status == "signed" and document.issued and agreement.evidence
              and agreement.evidence[0].start <= sentences[min(1, len(sentences) - 1)].start
              and (hot_news(agreement.evidence[0].text) or announced_now(agreement.evidence[0].text))):
            # "The UAE and India have signed three MoUs" in a story's lead: an act of the day it was published
            agreement.date = news_date(document.issued)  # at the precision the story is dated
        if agreement.date is None and dated:  # "... hosted the leaders for the summit on 21 September. The leaders adopted ..."
            agreement.date = occasion_before(agreement, sentence_starts, occasions_dated)
        if (agreement.date is None and agreement.evidence and len(telling.get(agreement.evidence[0], ())) == 1
                and names_its_signing(agreement.evidence[0].text, agreement.kind)):
            agreement.date = named_act_date(agreement.evidence[0].text, document.issued)  # "the agreement signed in May 2023"
        for index, person in enumerate(agreement.signatories):
            if person.name in known:  # one role per person per document
                agreement.signatories[index] = known[person.name]
            else:
                known[person.name] = person
                people.append(person)
    return Facts(mentions=mentions, agreements=agreements, memberships=list(memberships.values()), people=people)


def _add_sentence_sectors(agreements: list[Agreement], sentence_sectors: dict[Span, list[tuple[frozenset, list[str]]]]) -> None:
    """A sentence that tells one act only gives it the sectors of all its clauses, but those of a clause that names
    another state ("..., days after the US tightened curbs on chip exports") or tells another matter ("...;
    separately, ...")."""
    told_by: dict[Span, int] = {}
    for agreement in agreements:
        for span in agreement.evidence:
            told_by[span] = told_by.get(span, 0) + 1
    for agreement in agreements:
        parties = set(agreement.parties)
        for span in agreement.evidence:
            if told_by[span] == 1:
                for named, codes in sentence_sectors.get(span, ()):
                    if named <= parties:
                        agreement.add_sectors(codes)


def _headline_pair(title: str | None, gaz) -> list[str]:
    """The two states a headline names and nothing else ("13 agreements signed between Turkey and Turkmenistan"): whom
    "the two countries" means before the text names a pair of its own; none for any other headline."""
    if not title:
        return []
    named = list(dict.fromkeys(m.code for m in gaz.find_actors(title)))
    return named if len(named) == 2 and not any(is_bloc(code) for code in named) else []


def _add_headline_sectors(agreements: list[Agreement], title: str | None, gaz) -> None:
    """A headline that names the parties of acts ("Japan, Israel to set up cyber talks framework"), or the bloc under
    which its states act, gives its sectors to the first such act; a headline naming one state gives nothing."""
    if not title:
        return
    named = {m.code for m in gaz.find_actors(title)}
    sectors = list(dict.fromkeys(code for code, _, _ in gaz.find_sectors(title)))
    if not sectors or not (len(named) >= 2 or any(is_bloc(code) for code in named)):
        return
    for agreement in agreements:
        if set(agreement.parties) == named:
            agreement.add_sectors(sectors)
            return
    # "AUKUS leaders agree to cooperate on hypersonics": the act of the bloc's states named in the text, under it
    for agreement in agreements:
        if agreement.framework in named and named - {agreement.framework} <= set(agreement.parties):
            agreement.add_sectors(sectors)
            return


def _mark_datelines(text: str, mentions: list[Mention], datelines: list[tuple[int, int]], gaz) -> list[Mention]:
    """Mentions inside a dateline name where the story was filed: mentions, never parties or members.

    Datelines often spell the city in capitals ("TASHKENT (Reuters) —"): it is looked up as a name.
    """
    if not datelines:
        return mentions
    inside = _Stretches(datelines)
    marked = [replace(m, how="dateline") if m.start in inside else m for m in mentions]
    for start, end in datelines:
        stretch = text[start:end]
        if any(start <= m.start < end for m in mentions) or not stretch.split()[0].isupper():
            continue
        for found in gaz.find_actors(stretch.title()):  # title() keeps offsets for the names datelines use
            marked.append(Mention(found.code, start + found.start, start + found.end,
                                  stretch[found.start:found.end], "dateline"))
    return sorted(marked, key=lambda m: m.start)


class _Stretches:
    """Stretches of text (possibly overlapping) merged once, so that "is this offset inside one?" is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


_FIRST = itemgetter(0)  # a sector hit's code
# Any of the words every clause break holds, looked for in one scan (most sentences hold none).
_may_break = any_of(cues.CLAUSE_BREAK_WORDS)


def _clauses(span: Span, mentions: list[Mention], sector_hits: list[tuple[str, int, int]]) -> list[Clause]:
    breaks, continued = _breaks(span.text, tuple(subject_breaks(span.text, mentions, span.start)))
    if not breaks:  # most sentences: one clause, all of it
        return [Clause(span=span, text=span.text, actors=list(mentions),
                       sectors=list(dict.fromkeys(map(_FIRST, sector_hits))))]
    bounds = [0, *breaks, len(span.text)]
    clauses = []
    for begin, end in zip(bounds, bounds[1:]):
        lo, hi = span.start + begin, span.start + end
        clauses.append(Clause(
            span=span,
            text=span.text[begin:end],
            actors=[m for m in mentions if lo <= m.start < hi],
            sectors=list(dict.fromkeys(code for code, start, _ in sector_hits if lo <= start < hi)),
            continued=begin in continued,
        ))
    return clauses


@lru_cache(maxsize=256)  # a sentence told again (a lead retold, a boilerplate line) is split once
def _breaks(text: str, subjects: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a sentence breaks into clauses, given where clauses with subjects of their own start ("..., and Chile
    signed"); and which of the breaks start a second act of the same subject."""
    breaks = [m.end() for m in cues.CLAUSE_BREAK.finditer(text)
              if not _subject_goes_on(text, m)] if _may_break(text) else []
    if subjects:  # "..., and Chile signed": its own subject
        breaks = sorted(set(breaks + list(subjects)))
    continued = _second_acts(text, breaks) if " and " in text else []
    continued += comma_instrument_breaks(text, breaks + continued)  # "signed an MoU on X, a pact on Y and ..."
    if continued:
        breaks = sorted(set(breaks + continued))
    return tuple(breaks), tuple(continued)


def _subject_goes_on(text: str, brk: re.Match) -> bool:
    """Whether a break at "as well as" only goes on listing the subject ("A and B, as well as C, signed ..."): a name
    after it, no verb of an act before it in the sentence (not "talks between A and B as well as the expert dialogue")."""
    return (brk.group().strip(" ,").startswith("as well as") and text[brk.end():brk.end() + 1].isupper()
            and not cues.ACT_VERB.search(text, 0, brk.start()))


# A verb that opens a reported clause ("announced on Tuesday that A and B signed ..."): its "and" is inside that clause.
_REPORTED_THAT = re.compile(r"\b(?:announced|agreed|decided|pledged|proposed|vowed|said|stated|confirmed|reported)\s+"
                            r"(?:(?:on|last|this|earlier|late)\s+\w+\s+|\w+ly\s+)?that\s+")


# A name that opens a relative or subordinate clause, right before " and ": "(a statement) in which Kenya( and Ghana
# pledged)", "whereby Chile( and Peru will)", "after Japan( and India signed)".
_JOINT_SUBJECT_OPENED = re.compile(r"\b(?:(?:in|under|by|through)\s+which|whereby|wherein|where|when|after|as)\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$")


def _second_acts(text: str, breaks: list[int]) -> list[int]:
    """Where a second verb of the same subject tells a second act ("signed an MoU and agreed to set up a group"):
    only after a verb of the first act, in the same clause (a verb that opens a reported clause before it, "announced
    that A and B signed", is not that verb)."""
    found: list[int] = []
    at = text.find(" and ")
    while at != -1:
        for pattern, first in ((cues.COORDINATED_ACT, None), (cues.COORDINATED_INSTRUMENT, cues.INTRODUCED_OR_COUNTED)):
            match = pattern.match(text, at + 1)
            if match and pattern is cues.COORDINATED_ACT and _JOINT_SUBJECT_OPENED.search(text, max(0, at - 60), at):
                break  # "a statement in which A and B pledged": two names of one subject, not a second act
            if match:
                start = max([0] + [b for b in breaks + found if b <= at])
                if " that " in text[start:at]:
                    start = max([start] + [m.end() for m in _REPORTED_THAT.finditer(text, start, at)])
                verb = cues.ACT_VERB.search(text, start, at) or (first is None and cues.TALKS_OPENED.match(text, match.end()) and cues.ACT_VERB_AHEAD.search(text, start, at)) or (first is not None and cues.LISTING.search(text, start, at))
                if verb and first is None and not text[verb.end():at].strip():
                    break  # "committed and agreed to harmonise": two verbs of one act, the first with no object
                if verb and (first is None or first.search(text, start, at)):
                    found.append(match.end())
                    break
        at = text.find(" and ", at + 5)
    return found


def _signing_told_later(agreement: Agreement, issued) -> PartialDate | None:
    """The date of the act's signing as a later sentence of it tells it ("The agreement was signed in Tokyo in May
    2009"), if any."""
    return next((day for span in agreement.evidence[1:] if signing_told(span.text) and (day := first_date(span.text, issued))), None)


def _add_details(agreement: Agreement, mentions: list[Mention], starts: list[int], document: Document,
                 dated: bool = True, at_occasion=lambda: None, years: set[str] = frozenset(), held=lambda: None) -> None:
    for span in agreement.evidence:
        in_span = mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]
        for person in signatories(span, in_span):
            if person.name not in {p.name for p in agreement.signatories}:
                agreement.signatories.append(person)
        if agreement.place is None:
            agreement.place = _place(span, in_span)
    # the act's date comes from the sentences that tell it, its own first (dates of older acts named
    # in passing, spans and datelines are passed over by dates_in), then from the occasion it was told at
    if dated and (agreement.status == "in-force" or (agreement.status == "signed" and "ratif" in agreement.evidence[0].text.lower())):
        # an act in force by a later step, or told by its ratification, is dated by its signing, told apart
        agreement.date = _signing_told_later(agreement, document.issued)
    for span in agreement.evidence if dated else ():
        if agreement.date is not None:
            break
        if agreement.status == "in-force" and tells_age(span.text):
            continue  # "This year marks the 25th anniversary of their partnership": the marking's date, not the act's
        # a sentence telling two acts in two years ("set up a group in 2021 and signed an MoU in 2022"): the year of
        # the clause that told this act
        agreement.date = act_date(span.text, document.issued, years)
        if agreement.date is not None and done(agreement.status) and after_story(agreement.date, document.issued):
            agreement.date = done_act_date(span.text, document.issued, years)  # "..., to reach 50 villages next year"
        if agreement.date is not None and span == agreement.evidence[0]:
            agreement.cues.add(DATE_IN_SENTENCE)
        elif agreement.date is None and span == agreement.evidence[0]:
            agreement.date = at_occasion()
        if (agreement.date is None or agreement.date.precision != "day") and told_at_occasion_held(span.text, agreement.status):
            # "... were signed during a meeting between the presidents": the meeting's day; "at the ninth meeting in
            # 2016", the meeting dated "On October 20, 2016": its day, the text's precision
            agreement.date = finer(agreement.date, held())
    if (agreement.date is not None and agreement.status == "signed" and DATE_IN_SENTENCE in agreement.cues and (rest := without_telling_day(agreement.evidence[0].text))
            and first_date(rest, document.issued) is None):  # "..., state media reported on Monday. They signed it Saturday": Saturday
        agreement.date = _signing_told_later(agreement, document.issued) or agreement.date
    if agreement.date is None and dated and agreement.status == "in-force" and agreement.evidence:
        first = agreement.evidence[0].text  # "also have a 2021 agreement on ...", "has been operating since February"
        agreement.date = named_act_date(first, document.issued) or start_date(first, document.issued)
    agreement.cues |= evidence_cues(agreement)
    agreement.confidence = agreement_confidence(agreement, cues_read=True)


def _place(span: Span, mentions: list[Mention]) -> str | None:
    for mention in mentions:
        if mention.how == "capital":
            before = span.text[: mention.start - span.start]
            if before.rstrip().endswith((" in", " at")):
                return mention.surface
    return None
