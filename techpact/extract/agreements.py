"""Agreements as n-ary facts: parties, kind, status, sectors and evidence across sentences.

The rules read a document sentence by sentence and keep an act "in focus", so that
"the document", "the two countries" and sectors named sentences away from the
parties land on the right agreement.
"""

from __future__ import annotations

from techpact.extract.attendance import Attendance, framed
from techpact.extract.act_ahead import meeting_clause, plural_subject
from techpact.extract.first_person import we_made
from techpact.extract.generic_partners import cooperation_of_named, cooperation_with_unnamed
from techpact.extract.act_separation import further_acts, older_act, points_to_source, older_named, retold, revision_status
from techpact.extract.act_finish import extend_act, finish, involves_newcomers  # noqa: F401  (finish: the reader's last step, importable here)
from techpact.extract.clause_reading import (
    also_another, another_time, later_time, news_day_after, group_of, pairs_of, recall_officials, venue_then_subject, signed_unnamed, told_words, universities_only, with_someone_else, kind_outside_names, lone_bloc, made_by_states, summit_bloc, when_told,
)
from techpact.extract.facts import Agreement, PartialDate, Span
from techpact.extract import cues, roles, onlookers, aside_acts, offer_hosts, country_subject, object_reference, outside_roles, status_aside, act_besides, act_contents, named_outcomes, act_kind_reference, act_pledges, agreed_points, bloc_joining, bloc_name_modifiers, commentary, company_subjects, forums, meetings_ahead, named_instruments, reviews, statement_sources, undertakings, verdicts, weighed_acts, bloc_organs, bloc_pairs, bloc_reference, counted_instruments, earlier_events, earlier_instruments, group_counts, instruments_in_turn, institution_deals, invitations, joint_plans, nothing_signed, led_memoranda, older_frames, participation_ended, prior_acts, quoted_names, quoted_titles, signing_bodies, status_fates, status_joint_work, status_offers, status_pledges, ties_named, distributive_acts, partner_instruments, plural_retold, others_initiatives, superseded_acts, counted_others, body_subjects, meeting_venues, partnership_growth, named_standing, bloc_subjects
from techpact.extract.sectors import circumstances, goes_on_about
from techpact.extract.parties import (
    Clause, between_company, between_parties, clause_base, compound_body, in_aside, joint_makers, named_after_with,
    party_candidates, places, split_framework,
)
from techpact.ontology.reference import is_bloc
from techpact.extract.status_discourse import clause_status, refused_offer
from techpact.extract.status_terms import act_step, lone_status  # "It took effect last September": the act in focus
from techpact.ontology.vocabulary import DOCUMENT_KINDS, SPECIFIC_KINDS, STATUS_RANK as _STATUS_RANK  # stronger statuses are not overwritten by weaker ones


class AgreementReader(Attendance):
    """Reads clauses in order and builds the document's agreements."""

    def __init__(self) -> None:
        self.agreements: list[Agreement] = []
        self.focus: Agreement | None = None
        self.pair: list[str] = []  # the last two or more actors named together
        self.seen: dict[str, int] = {}  # actors named so far, in order, with how often
        self.multilateral: Agreement | None = None  # the arrangement states were last said to join
        self.joiners: set[str] = set()  # the states told joining that arrangement, its subjects ("Peru joined ...")
        self.led_acts: dict[str, Agreement] = {}  # each state's act of joining an initiative another leads (led_initiatives)
        self.company_deal = False  # the act in focus is a deal with a company: "the agreement" then means it
        self.when: dict[int, set[str]] = {}  # years and weekdays named in the clauses that recorded each act
        self.introduced, self.set_up, self.second_of_two = set[int](), set[int](), list[tuple[Agreement, Agreement]]()  # acts introduced; acts told beside another ("Under the deal, ... will set up a committee"); second acts of a count of two (counted_instruments)
        self.undated: set[int] = set()  # acts whose date is not their sentence's (older acts named in passing)
        self.news_year: int | None = None  # the year the story was issued, when known
        self._by_parties: dict[frozenset, list[Agreement]] = {}  # acts by the parties they were recorded with
        self._indexed = self._clauses = 0  # how many acts the index holds; clauses read so far
        self.distributed: tuple | None = None  # the one party of the acts a sentence last distributed, the acts, the clause (distributive_acts)
        self._pair_clause = -9  # the clause that last named a pair
        self._grown: list[Agreement] = []  # acts whose parties grew after they were recorded
        self.lone_signer: tuple[str, int, str, str] | None = None  # one state told signing an instrument: state, clause, kind, status
        self.counted_others: tuple | None = None  # one state's act "with N other countries" (counted_others)
        self.venues: set[str] = set()  # states named so far only as the place of a meeting (meeting_venues)
        self._headline: Span | None = None  # the document's first sentence, when it reads as a headline (no full stop)
        self._summit: tuple[str, int] | None = None  # the bloc whose meeting the last clause named, and that clause
        self.bloc_met: tuple[str, int] | None = None  # the one bloc a clause named with a meeting word, and that clause
        self._officials: dict[str, tuple[list[str], int]] = {}  # "ministers from A, B and C": their states, by noun
        self._lead: tuple[list[str], Span] | None = None  # the parties of the act last recorded, and its sentence
        self._prior_here: tuple[int, int] | None = None  # the older act the last prior-act clause named, and that clause
        self._told_before: tuple = (0, "", None)  # the last clause read, its text (its times are read if needed), the clause
        self._other_named = 0  # the last clause that named an actor outside the pair, or other people ("Officials ...")
        self.apart: Agreement | None = None  # the act a clause opening "Besides the agreement, ..." sets apart
        self._init_attendance()

    def read(self, clause: Clause) -> None:
        """Take one clause into account; instruments it lists after an umbrella of several, the older act it names
        and the acts it tells beside the one in focus (act_separation) are acts of their own."""
        clause = aside_acts.set_aside(self, act_besides.set_apart(self, others_initiatives.passed_over(clause)))  # ", which signed a pact in 2006,": its own act; "Besides the agreement, they launched a dialogue": another act
        if superseded_acts.record_replaced(self, clause) or participation_ended.record_ended(self, clause) or earlier_events.told_earlier(self, clause) or earlier_instruments.prior_told(self, clause) or instruments_in_turn.record_in_turn(self, clause) or plural_retold.retell_all(self, clause) or agreed_points.read_point(self, clause) or joint_plans.joint_plan(self, clause) or signing_bodies.other_bodies_made(self, clause):
            return  # "A suspends its participation in the CSTO": A's tie to the bloc ends; "(comes a year) after A signed ..."
        if (older := older_named(clause.text, self.focus)) and (year := cues.YEAR.search(clause.text)):
            self._prior_act(older, list(self.focus.parties), clause, PartialDate(int(year.group())), apart=True)
            return  # "The original agreement was concluded in 2005", told after the new one: the older act
        distributive_acts.read_for_each(self, clause, self._read)  # "The agreement is expected to enter into force": each act a sentence distributed
        self._told_before = (self._clauses, clause.text, clause) if clause.text.strip() else self._told_before  # (an empty clause between list lines tells nothing)
        if self.focus and ((last := self.focus.evidence[-1]) is clause.span or (last.start == clause.span.start and last == clause.span)):
            counted_instruments.record_told(self, clause)  # the instruments it lists or counts beside the one in focus (Span's == builds two tuples: the object, then the start, compared first)
        if self.focus and ((last := self.focus.evidence[-1]) is clause.span or (last.start == clause.span.start and last == clause.span)):
            umbrella = self.focus  # "Under the agreement, the sides will set up a committee": an act of its own
            for kind, status in further_acts(clause.text, umbrella, len({m.code for m in clause.actors})):
                self._record(list(umbrella.parties), kind, status, clause, back=False, separate=True)
                self.set_up.add(id(self.focus))
            self.focus = umbrella

    def _read(self, clause: Clause) -> None:
        text = clause.text
        self._clauses += 1
        if self._clauses == 1 and not clause.span.text.rstrip().endswith((".", ";", ":", ",", "!", "?")):
            self._headline = clause.span
        if recalled := recall_officials(clause, self._officials, self._clauses):  # "The ministers issued ...": whose
            self.pair, self._pair_clause = recalled, self._clauses - 1
        they = bool(self.pair and ((self._pair_near(1) and (cues.THEY.match(text) or (not clause.actors and status_pledges.joint_pledge(clause)))) or (self._pair_near(2) and statement_sources.officials_in_statement(text))))  # "They signed ...", "the countries pledged", right after a clause that named two: those two
        # "A memorandum was signed during the visit", told right after the visit of one side to the other
        they = they or bool(not clause.actors and self.pair and self._clauses - self._pair_clause <= 2
                            and cues.DURING_VISIT.search(text))
        # "(Talks between A's and B's leaders ...) A highlight was the signing of a letter of intent": the two's
        they = they or bool(not clause.actors and not clause.continued and self.focus is None and self.pair  # (a few clauses on, when
                            and self._clauses - self._pair_clause <= (3 if self._other_named <= self._pair_clause else 2)  # nobody else was named)
                            and signed_unnamed(text))
        if blocs := bloc_pairs.two_blocs(clause, self.seen):  # "the leaders of the two blocs declared": the blocs, not the last states
            self.pair, self._pair_clause, they = blocs, self._clauses - 1, True
        summit = self._summit if self._summit and self._summit[1] == self._clauses - 1 else None
        self._summit = (bloc, self._clauses) if (bloc := summit_bloc(clause)) else None
        meeting_venues.note_venues(self.venues, self.seen, clause)  # "the APEC summit in South Korea": a place, no actor
        for mention in clause.actors:
            if mention.how != "dateline":
                self.seen[mention.code] = self.seen.get(mention.code, 0) + 1
                self._other_named = self._clauses if mention.code not in self.pair else self._other_named
        if self.pair and self._clauses - self._pair_clause <= 2 and plural_subject(text):
            self._other_named = self._clauses  # "Officials of two banks attended a dinner": who "they" may be next
        self._note_attendees(clause)  # "The summit was attended by A, B and C": the group's acts are theirs
        if not clause.actors and self.focus is None and self.pair and cues.HEREBY.search(text):
            kind, _ = cues.find_kind(text)  # "We, the leaders of A, B and C ... hereby declare": the group named
            self._record(list(self.pair), kind or "declaration", cues.find_status(text) or "signed", clause, back=False)
            return
        at_summit = bool(summit := bloc_reference.referred_bloc(self, clause, summit))  # "..., where leaders adopted", "The member states adopted": the bloc's
        if not clause.actors and self.focus is None and not at_summit and not (
                self.pair and (they or cues.BOTH_PARTIES.search(text))):
            self._note_unnamed(clause)  # an instrument of nobody named: the attendees', when listed before or next
            return  # nobody named, nothing in focus: the clause can neither make nor extend an act
        candidates = country_subject.country_subject(clause, group_counts.counted_group(clause, venue_then_subject(clause, party_candidates(clause)), self.pair), self.seen)  # "the three countries", "the country"
        between = between_parties(clause)
        between = None if between and (roles.RIVALRY_BETWEEN.search(text) or roles.MODEL_BETWEEN.search(text)) else between  # not "tensions between A and B"
        parties = outside_roles.compound_sides(clause, bloc_name_modifiers.name_modifiers(clause, quoted_titles.outside_titles(clause, between or candidates or ([summit[0]] if at_summit else []))))  # "This latest Russia-China agreement ..."
        if not parties and self.focus is None and self._note_unnamed(clause):
            return  # "JAKARTA: Five central banks signed a memorandum": nobody named but a dateline or a setting
        if (clause.continued and len(parties) == 1 and self.focus and len(self.focus.parties) == 2
                and parties[0] not in self.focus.parties and named_after_with(clause, parties[0])):
            # "A has a pact with B and a treaty with C": A's with C; "... and a hub with the participation of C": all three
            joins = cues.JOINING_IN.search(text)
            parties = (self.focus.parties if joins else self.focus.parties[:1]) + parties
        parties = partner_instruments.partner_act(self, clause, led_memoranda.with_leader(text, distributive_acts.subject_goes_on(self, clause, parties)))  # "A has deals with B and C, and a pact with D"; "A renewed its Belt and Road memorandum": with China
        if (parties and self._lead and self._lead[1] == clause.span and not set(parties) & set(self._lead[0])
                and not clause.continued and cues.SUBJECTLESS.match(text)):
            parties = self._lead[0] + parties  # "The council approved X; signed a memorandum of B": the council's with B
        if not parties and bloc_subjects.MEMBERS_AS_SUBJECT.search(text):
            blocs = {m.code for m in clause.actors if is_bloc(m.code)}
            parties = list(blocs) if len(blocs) == 1 else parties  # "At the CSTO summit, the member states adopted ..."
        kind, where = named_outcomes.elided_kind(text, *reviews.past_review(text, *kind_outside_names(clause)), self.focus)  # not "reviewed ongoing initiatives"; "..., and another on energy": one more of the kind told
        if kind == "partnership" and (cues.TIES_WISHED.search(text, max(0, where - 16), where) or ties_named.our_ties(text, where)):
            kind = None  # "a closer partnership ... harbors opportunities": ties talked about, no instrument
        elif kind and cues.MORE_OF_KIND.search(text, max(0, where - 40), where):
            kind = None  # "is seeking more deals abroad": instruments in general, none made
        if kind is None and not act_contents.content_of_told_act(clause.span.text) and cues.PARTNERING.search(text):  # "Under the deal, A and B agreed to partner": its content
            kind, where = "partnership", cues.PARTNERING.search(text).start()
        if kind is None and len(clause.actors) >= 2 and (body := compound_body(clause) or undertakings.launched_undertaking(text)) is not None:
            where, kind = body  # "the EU-India Trade and Technology Council met", "the ASEAN-Japan ... Centre"
        back_match = cues.BACK_REFERENCE.search(text)
        back = (bool(back_match) and not refused_offer(text, back_match.start()) and not named_instruments.names_another(text, back_match, self.focus) and not older_frames.framed_instrument(text)) or bool(self.focus and act_contents.content_of_told_act(clause.span.text)) or object_reference.done_to_focus(text, self.focus) or object_reference.named_again(text, self.focus) or object_reference.instrument_as_it(text, self.focus)
        continues = bool(self.focus and not clause.actors and cues.CONTINUATION.match(text))
        unpledged = reviews.unreviewed(text, status_joint_work.joint_work_status(text, revision_status(text, (kind and status_aside.aside_status(text, where)) or clause_status(clause))))  # "has revised a long-standing agreement": signed now
        status = None if self.focus and act_contents.holds_content(text, back_match) else status_pledges.pledge_status(unpledged, kind, clause, self.focus)  # "the leaders pledged to hold talks": made; "The agreement formalizes ...": its content
        status = "in-force" if kind == "working-group" and status in (None, "planned") and body_subjects.body_at_work(clause) else status  # "The A-B Commission discussed ...": it stands
        if kind and (standing := named_standing.standing_status(text, where, partnership_growth.grown_status(text, kind, where, unpledged))) != status and (status == unpledged or standing == "in-force"):  # read before a pledge: the named act beside a pledge stands
            status = status if self._kind_told(kind, parties) else standing  # "intended to develop the A-B partnership": it stands (not one told made)
        if kind == "proposal" and status != "rejected" and (taken := cues.ACCEPTED_OFFER.search(text)):  # the offer taken up (not "did not accept")
            kind, status = cues.find_kind(text[taken.end():])[0] or "initiative", "planned"
        if status == "signed" and self.focus and self.focus.status and cues.AGREEING_RETOLD.search(text):
            status = None  # "The ministers reached the agreement during a call": the agreeing retold, nothing new concluded
        if status != "rejected" and cues.proposes_others_act(text):
            status = "proposed"  # "proposed that BRICS countries set up an exchange": nothing is set up yet
        both = they or bool(cues.BOTH_PARTIES.search(text)) or bool(  # '"We signed a memorandum," A's president said'
            self.pair and self._pair_near(1) and set(parties) <= set(self.pair) and we_made(text))
        kind = None if kind and cooperation_with_unnamed(text, where) else kind  # "partnership with other developing nations"
        if counted_others.listed_others(self, clause, parties, kind): return  # "A and seven other countries launched X. ... A, B, ... agreed": X's
        standing = cues.STANDING_BODY.search(text)
        if standing and standing.start() <= where < standing.end():
            kind = None  # "at the fifth joint working group meeting": a body the parties have, not a new act
        if (back_match and len(parties) == 1 and self.lone_signer and self._clauses - self.lone_signer[1] <= 2
                and self.lone_signer[0] != parties[0] and not is_bloc(parties[0]) and named_after_with(clause, parties[0])):
            parties = [self.lone_signer[0], parties[0]]  # "A's ministry signed a memorandum. The document was signed with B's"
            kind, where = kind or self.lone_signer[2], where if kind else back_match.start()
        back_kind = None
        if back_match and (back_match.start() <= where < back_match.end() or named_instruments.in_naming_opening(text, where)):  # (or "Dubbed the X Accord, the deal ...")
            kind, back_kind = (kind if self.focus and self.focus.kind == "agreement" and kind in SPECIFIC_KINDS and not any(a.kind == kind and set(a.parties) == set(self.focus.parties) for a in self.agreements) else None), kind  # "this new initiative" names an act already reported, not a new kind ("the Memorandum" names what "an agreement" was)
            if self.focus is None and (len(parties) >= 2 or lone_bloc(parties)) and not self.company_deal:
                kind = back_kind  # "The declaration was signed by ...": the act the story is about, first told here
            elif kind is None and self.focus and len(parties) >= 2 and not set(parties) <= set(self.focus.parties) and ((later := cues.find_kind(text[back_match.end():]))[0] in SPECIFIC_KINDS | DOCUMENT_KINDS or later[0] == "agreement"): kind, where = later[0], back_match.end() + later[1]  # "the deal may be delayed as B is yet to ratify the A-B Agreement": that pair's instrument
        introduced = bool(kind and not back_kind and (cues.introduces_instrument(text, where) or statement_sources.own_statement_quoted(text, where)))
        back = back and not points_to_source(kind, back_match, text)  # "As per the statement, A and B intend to ..."
        separate = bool(introduced and (cues.SEPARATE.search(text, max(0, where - 40), where)
                                        or cues.SEPARATE_LEAD.match(text[:where])
                                        or (clause.continued and where < 16))  # "(signed a treaty) and a memorandum on ..."
                        or (not kind and not back_match and (cues.SEPARATELY.match(text) or cues.IN_ADDITION.match(text)))
                        or (kind and not back_kind and also_another(text, where))
                        or (not kind and not back_match and (cues.ALSO_ANOTHER.search(text) or act_pledges.pledged_anew(clause, self.focus))))  # "also endorsed"
        cooperation = kind or ((cues.COOPERATION.search(text) and cooperation_of_named(clause))  # read only when no kind was named
                               or (clause.sectors and cues.AGREED_ON.search(text))
                               or (len(clause.actors) >= 2 and joint_makers(clause)) or act_pledges.pledged_growth(clause, self.focus) or (status == "signed" and status_pledges.joint_pledge(clause, sides_only=True)))
        cooperative = bool(kind or (cooperation and not meetings_ahead.meeting_only(text))) and not (commentary.commented(text) and not (back and self.focus))
        proposes = (status == "proposed" or status == "rejected") and len(parties := offer_hosts.with_host(clause, parties, status)) >= 2  # an offer, or its refusal; "offered to build a plant in B": B's
        hedged = bool(cues.HEDGED.search(text) or nothing_signed.nothing_signed(text) or weighed_acts.weighed(text, where) or (any(map(is_bloc, parties)) and cues.BLOC_DESCRIBED.match(text)))
        domestic = bool(cues.DOMESTIC.search(text)) and len(parties) < 2 and not lone_bloc(parties)  # a bloc's act is its members' together
        if hedged and (said := statement_sources.joint_statement_of(clause)): return self._record(said[0], said[1], said[2], clause, back=False)  # the statement of weighed talk
        concluded = kind and _STATUS_RANK.get(status or "", 0) >= _STATUS_RANK["signed"]  # an instrument ended "citing concerns" too
        hostile = (cues.HOSTILE.search(text) or verdicts.verdict_on_act(text)) if not concluded else None
        if hostile and not in_aside(clause, hostile.start()) and not any(a <= hostile.start() < b for a, b in circumstances(text, 0, [])):
            return  # accusations, sanctions and attacks are not cooperation (but "..., which the US has criticised" is)
        company = cues.COMPANY_COUNTERPART.search(text) if kind else None  # searched only where it can count
        if company and kind:
            before = {m.code for m in clause.actors if m.start - clause_base(clause) < company.start()
                      and m.how != "capital"}  # "visited Seoul, signing pacts with Korean firms": Seoul is the venue
            parties = [code for code in parties if code in before]
        if (company and kind and len(parties) < 2) or ((kind or back) and (cues.COMPANY_SUBJECT.search(text) or company_subjects.company_signs(text)
                                                                           or between_company(clause))
                or universities_only(clause) or institution_deals.between_institutions(text)):  # universities' deal, of any kind ("agreed to exchange students")
            self.focus, self.company_deal = None, True  # a government's deal with a company is not an interstate act
            return
        if back and self.focus is None and self.company_deal and not kind: return  # "the agreement" is the company deal just told
        prior = (prior_acts.PRIOR_ACT.search(text) or prior_acts.PRIOR_BUILT_ON.search(text) or prior_acts.PART_OF_SIGNED.search(text) or prior_acts.SUBJECT_MAKER.match(text) or older_act(text) or older_frames.framing_act(text, kind, cues.find_kind)) if self.focus or len(parties) >= 2 else None
        if prior:
            year = cues.YEAR.search(prior.group())  # "builds on a 2016 agreement": the older act's own year
            self._prior_act(cues.find_kind(prior.group("noun"))[0], list(self.focus.parties) if self.focus else parties, clause,
                            PartialDate(int(year.group())) if year else None, apart=True)
            kind, cooperative, back = older_frames.read_past_older(clause, prior, kind, where, cooperative, back, back_match)  # "Building on their 2015 agreement, they signed a memorandum"
        hailed = cues.WELCOMED_NAMED.search(text) if self.focus or len(parties) >= 2 else None
        if hailed and not cues.content_words(hailed.group("name")) <= told_words(self.focus):
            self._prior_act(cues.find_kind(hailed.group("name"))[0], list(self.focus.parties) if self.focus else parties,
                            clause, apart=True)  # an act hailed by its name, not the one in focus
        if standing and (len(parties) >= 2 or self.focus) and not (status != "signed" and bloc_organs.bloc_organ(clause, standing)):
            # the kind the body's name gives ("Digital Partnership Council"), else a working group
            named = cues.find_kind(standing.group())[0] or "working-group"
            self._prior_act(named, parties if len(parties) >= 2 else list(self.focus.parties), clause)
        if len(parties) >= 2 and cues.INVITATION.search(text):
            invitations.invite(self, clause, parties, status)
            return
        if (back and self.focus and parties and not set(parties) <= set(self.focus.parties)
                and (involves_newcomers(clause, set(parties) - set(self.focus.parties)) or made_by_states(self.focus, parties, text))):
            joined, framework = split_framework(list(dict.fromkeys(self.focus.parties + parties)))
            self.focus.parties[:] = joined
            self._grown.append(self.focus)
            self.focus.framework = self.focus.framework or framework
            self._extend(self.focus, None, None, clause)
            return
        if parties and not hedged and not proposes and status != "rejected" and bloc_joining.read_joining(self, clause, parties, kind, where):
            return  # states joining an initiative, or a bloc; not "A suggested that B join the initiative" (A's offer)
        if self.multilateral and parties and cues.PARTICIPANTS.search(text):
            self.join_arrangement(parties, clause)
            return
        decision = cues.DECISION.search(text) if len(parties) == 1 and is_bloc(parties[0]) else None
        bloc_decision = bool(decision and (at_summit or any(
            m.code == parties[0] and m.start - clause_base(clause) < decision.start() for m in clause.actors)))
        if proposes and between:
            proposes = False  # "calls for talks between A and B": a third party's wish, not an act of theirs
            if not kind:
                return
        if (clause.continued and (cooperative or cues.AGREED_ON.search(text)) and not back and not clause.actors
                and self.focus and status and self.focus.status and status != self.focus.status
                and self.focus.evidence[-1] == clause.span and not cues.POINTS_BACK.search(text)):
            # "A and B signed a memorandum on X and agreed to set up Y": the second verb of the subject, another act
            self._record(list(self.focus.parties), kind, status, clause, back=False, separate=True)
            return
        if (cooperative or proposes or bloc_decision) and not hedged and not domestic and not onlookers.onlookers_opine(text):
            if len(parties) == 1 and cues.GROUP_PHRASE.search(text) and len(places(clause, parties)) == 1:
                parties = parties + places(clause, parties)  # "A will invest in B under an agreement signed by the two countries"
            if len(parties) < 2 and both and self.pair:
                if not parties or parties[0] in self.pair or is_bloc(parties[0]) or cues.GROUP_PHRASE.search(text):
                    # "the two countries' institutes ... with the US"
                    parties = list(dict.fromkeys(parties + group_of(text, self.pair, self.seen, parties)))
                else:  # a new partner "bilaterally": with the actor the document is about
                    parties = parties + [self._main_actor(exclude=parties[0])]
            if (len(parties) < 2 and self.focus and set(parties) <= set(self.focus.parties) and not cues.SEPARATELY.match(text)
                    and not (parties and with_someone_else(clause))):  # "A also signed a deal with Microsoft": not with B
                # "• A memorandum on trade": one more instrument of the parties in focus
                parties = list(self.focus.parties) if (back or both or parties or introduced) else parties
            bloc_alone = (len(parties) == 1 and is_bloc(parties[0]) and (kind or bloc_decision)  # not "a treaty with the EU", no side named
                          and (bloc_decision or (self.focus.parties == parties if self.focus else not named_after_with(clause, parties[0]))))
            if bloc_alone and not kind:
                kind = "initiative"  # what a bloc decides to do together, with no instrument named
            pairs = pairs_of(clause, parties, [code for code in self.seen if code not in self.venues])
            if pairs:
                acts = [distributive_acts.record_pair(self, pair, kind, status, clause) for pair in pairs]  # each pair's act, at its own time
                self.focus, self.distributed = None, distributive_acts.one_party(pairs, clause, acts, self._clauses)
                return
            if len(parties) >= 2 or bloc_alone:
                self._record(parties, kind, status, clause, back, introduced, separate)
                self._remember_pair(parties)
                return
        if self.focus and not back and (continues or ((cooperative or both) and not clause.actors)) and (status_fates.another_fate(text, status, self.focus) or named_outcomes.named_apart(text, kind, self.focus) or ((kind or cooperative) and status_offers.offer_apart(status, self.focus, text))): return self._record(list(self.focus.parties), kind, status, clause, back=False)  # another act of theirs
        if self.focus and (back or continues or ((cooperative or both) and not clause.actors)):
            # a clause about the act in focus names its kind or status only when nothing did before
            self.focus, specific = act_kind_reference.referred_act(self.agreements, self.focus, back_kind, text, kind)  # "The declaration was ..."
            if status and another_time(self.when, self.focus, text) and not (later_time(self.when, self.focus, text) or news_day_after(self.when, self.focus, text, self.news_year)):
                status = None  # "The project ... was scrapped in 2016", told of an act signed on Tuesday: its past
            self._extend(self.focus, specific or (kind if not self.focus.kind else None),
                         status if (back or not self.focus.status or act_step(self.focus.status, status, text)) else None, clause)
            return
        if self.focus and clause.sectors and not hedged and not domestic and goes_on_about(text, clause.actors, self.focus.parties):
            self._extend(self.focus, None, None, clause)  # "Priorities range from ...", "India will share its UPI ..."
            return
        if cooperative: counted_others.note_others(self, clause, parties, kind, status)  # the others may be listed next
        if len(candidates) == 1 and not is_bloc(candidates[0]) and introduced and status:
            self.lone_signer = (candidates[0], self._clauses, kind, status)  # the other side may be told next: "It was signed with B"
        if len(candidates) == 1 and len(clause.actors) >= 2 and len(places(clause, candidates)) == 1 and cues.VISIT.search(text):
            candidates = candidates + places(clause, candidates)  # "Xi arrived in Riyadh": the guest and the host
        self._keep_track(forums.not_forums(clause, quoted_names.outside_quotes(clause, candidates)))  # '"Egypt is a partner," Ruto said' names no pair

    def _kind_told(self, kind: str, parties: list[str]) -> bool:
        """Whether the document already told an act of this kind (of these parties, when two or more are named)."""
        return any(act.kind == kind and (len(parties) < 2 or set(act.parties) == set(parties)) for act in self.agreements)

    def _pair_near(self, clauses: int) -> bool:
        """Whether the pair last named together is still the one meant: named at most clauses before, or two before
        with no other actor nor plural subject since ("A's president arrived in B. Trade reached $1bn. They agreed")."""
        gap = self._clauses - self._pair_clause
        return gap <= clauses or (gap <= 2 and self._other_named <= self._pair_clause)

    def _keep_track(self, named: list[str]) -> None:
        """After a clause that tells no act: remember actors named together; a new actor ends the focus."""
        if len(named) >= 2:
            self._remember_pair(named)
        # a bloc named beside the very states in focus ("A, B and C assessed progress under AUKUS") keeps it
        states = [code for code in named if not is_bloc(code)]
        if states and self.focus and len(self.focus.parties) >= 2:
            named = states
        if self.focus and named and not set(named) <= set(self.focus.parties):
            self.focus = None

    def join_arrangement(self, parties: list[str], clause: Clause) -> None:
        """States joining, or listed as taking part in, one multilateral arrangement."""
        if self.multilateral is None:
            self.multilateral = Agreement(kind="initiative", status="in-force", parties=[])
            self.agreements.append(self.multilateral)
        for code in parties:
            if code not in self.multilateral.parties:
                self.multilateral.parties.append(code)
            if all(grown is not self.multilateral for grown in self._grown):
                self._grown.append(self.multilateral)
        self._extend(self.multilateral, None, None, clause)
        self.focus = self.multilateral

    def _prior_act(self, kind: str | None, parties: list[str], clause: Clause, date: PartialDate | None = None,
                   apart: bool = False, status: str = "in-force") -> None:
        """An act the parties already have (one their new act rests on, a body that meets again): in force unless
        told otherwise (status), told once; the focus stays where it is. Its date is the one its name gives ("a 2016 agreement"), never
        the date of the new act told in the same sentence."""
        parties, framework = split_framework(parties)
        if any(set(a.parties) == set(parties) and a.kind == kind and a.status == status and not (apart and a is self.focus)
               for a in self.agreements):  # an act the one in focus rests on is not the one in focus
            return
        act = Agreement(kind=kind or "agreement", status=status, parties=parties, framework=framework, date=date)
        self.undated.add(id(act))
        act.add_evidence(clause.span)
        self.agreements.append(act)
        self._prior_here = (id(act), self._clauses) if (cues.EXTENSION_OF.search(clause.text)
                                                         or older_act(clause.text)) else None

    def _main_actor(self, exclude: str) -> str:
        """The actor the document leads with: news names its subject first."""
        return next((c for c in self.seen if c != exclude), exclude)

    def _remember_pair(self, parties: list[str]) -> None:
        states = [p for p in parties if not is_bloc(p)]
        self.pair = states if len(states) >= 2 else list(parties)
        self._pair_clause = self._clauses

    def _record(self, parties: list[str], kind: str | None, status: str | None, clause: Clause, back: bool,
                introduced: bool = False, separate: bool = False) -> None:
        parties, framework = framed(self._attended(parties))
        self.company_deal = False
        target = (self._headline_act(parties, None if self._clauses <= 2 else status) if kind or self._clauses <= 2 else None) if separate else retold(self, parties, kind, status, back, clause.text, introduced)
        if target is not None and self._prior_here == (id(target), self._clauses):
            target = None  # the older act this very clause extends ("an extension of a 1979 agreement") is not its act
        if target is None:
            target = Agreement(kind=kind or "", status=status or lone_status(self.lone_signer, self._clauses, parties, kind) or "", parties=parties, framework=framework)
            if status == "proposed" and len(parties) >= 2:
                target.proposer, target.addressee = parties[0], parties[1]
            self.agreements.append(target)
            told = self.when.get(id(self.focus), set()) if self.focus else set()
            if (told and not when_told(clause.text) and set(self.focus.parties) == set(parties)
                    and not any(cues.YEAR.match(time) for time in told)):
                # "They signed X and Y on Tuesday. The Y, signed by ..., covers ...": Y is of that day too
                self.when[id(target)] = set(told)
        elif framework and not target.framework:
            target.framework = framework
        self._extend(target, kind, status, clause)
        self.when.setdefault(id(target), set()).update(when_told(clause.text) or when_told(meeting_clause(self, parties)))
        if introduced:
            self.introduced.add(id(target))
        self.focus, self._lead = target, (list(target.parties), clause.span)

    def _headline_act(self, parties: list[str], status: str | None = None) -> Agreement | None:
        """The act with these parties told so far in the headline only, with no other status: the one a separate instrument of the lead is."""
        return next((a for a in self._with_parties(parties) if a.evidence == [self._headline] and (not status or not a.status or a.status == status)), None) if self._headline else None

    def _with_parties(self, parties: list[str]) -> list[Agreement]:
        """The acts recorded so far with exactly these parties, oldest first (an index keeps long documents linear)."""
        for agreement in self.agreements[self._indexed:]:
            self._by_parties.setdefault(frozenset(agreement.parties), []).append(agreement)
        self._indexed, key = len(self.agreements), frozenset(parties)
        return [a for a in self._by_parties.get(key, []) if frozenset(a.parties) == key] + [
            a for a in self._grown if frozenset(a.parties) == key]

    _extend = staticmethod(extend_act)

