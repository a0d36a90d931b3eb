"""Acts growing as clauses tell more of them, and the last step of reading them: a kind and status for every act
the text left implicit."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.facts import Agreement
from techpact.extract.kind_documents import programme_signed
from techpact.extract.parties import Clause, clause_base
from techpact.extract.export_curbs import curbs_exports
from techpact.extract.statement_ahead import statement_ahead
from techpact.extract.statement_sources import framed_by_joint_statement, statement_speaks
from techpact.extract.status_background import made_in_the_past
from techpact.extract.status_course import instrument_in_course
from techpact.extract.status_existing import told_existing
from techpact.extract.status_gerunds import made_ahead
from techpact.extract.status_issued import document_status
from techpact.extract.status_meetings import body_met
from techpact.extract.status_offers import intended_help
from techpact.extract.status_pledges import pledged_act
from techpact.extract.status_included import included_status
from techpact.extract.status_listed import listed_status
from techpact.extract.status_served import still_to_ratify
from techpact.extract.status_setting import setting_kind
from techpact.extract.status_sought import extension_sought
from techpact.extract.status_standing import made_before_the_news, standing_partnership
from techpact.extract.status_unmarked import told_as_standing
from techpact.extract.status_undone import ending_undone, offer_stands
from techpact.extract.status_variants import JOINTLY_MADE
from techpact.extract.status_terms import content_only, effect_ahead, failure_retold, making_still_ahead, offer_taken_up, offered_once, talk_retold, terms_only
from techpact.ontology.vocabulary import DEFAULT_STATUS, ISSUED_KINDS, REFINABLE_KINDS, SPECIFIC_KINDS, STATUS_RANK, kind_families


# Acts that may be a joint body holding meetings ("the Digital Dialogue held its third session": an initiative by kind).
_BODY_FAMILIES = ("working-group", "cooperation")
# An initiative told by its name ("the Digital Silk Road Initiative proposed by China"): offered, it stays an initiative.
_NAMED_INITIATIVE = re.compile(r"(?-i:[A-Z][\w-]*)\s+(?-i:Initiatives?)\b")


# A partnership named by its title: "the Just Energy Transition Partnership", "the India-Japan Digital Partnership".
_NAMED_PARTNERSHIP = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){1,5}Partnerships?\b")
# A thing the sides made together ("a satellite jointly developed by China and Italy"): a joint undertaking that stands.
_JOINT_THING = re.compile(JOINTLY_MADE, re.IGNORECASE)


def extend_act(agreement: Agreement, kind: str | None, status: str | None, clause: Clause) -> None:
    """What a clause adds to an act: a kind when none (or a loose one) was told, a stronger status, sectors, evidence;
    not the "planned" of a clause that only tells, in the future, what a document named with no status brings, nor the
    "signed" of one that only looks ahead to the effect of an act still to be made."""
    if not agreement.status and agreement.evidence and terms_only(agreement.kind, status, clause.text):
        status = None  # "In the memorandum, A and B agreed to ... The cooperation will benefit both nations": made
    if content_only(agreement.status, status, clause.text):
        status = None  # "The memorandum covers projects proposed by both sides": what it holds, not what happened to it
    if offered_once(agreement.status, status, clause.text):
        status = None  # "The agreement, first proposed in 2019, ...": its history, not an offer now
    if effect_ahead(agreement.status, status, clause.text):
        status = None  # "A and B agreed to sign a memorandum. It will enter into force in January": still to be signed
    if failure_retold(agreement.status, status, clause.text):
        status = None  # "A and B signed the agreement today. It could not be signed in December": its history
    if talk_retold(agreement.status, status, clause.text):
        status = None  # "The discussions revolved around exploring areas of cooperation": the meeting's topics
    if another_instrument_made(agreement, kind, status, clause.text):
        status = None  # "The two countries will set up working groups. The agreement was signed in Moscow": the agreement's
    if kind and (not agreement.kind or agreement.kind in REFINABLE_KINDS and kind in SPECIFIC_KINDS
                 or agreement.kind == "agreement" and kind == "partnership" and _NAMED_PARTNERSHIP.search(clause.text)):
        agreement.kind = kind  # (a partnership named by its title names what "an agreement" was: "the Just Energy Transition Partnership")
    if status and (not agreement.status or STATUS_RANK[status] > STATUS_RANK[agreement.status]
                   or offer_taken_up(agreement.status, status, clause.text)  # "A offered B a deal. The two sides agreed to ..."
                   or making_still_ahead(agreement.status, status, clause.text, agreement.evidence)):  # "A and B announced a partnership. It will be signed in May"
        agreement.status = status
    agreement.add_sectors(clause.sectors)
    agreement.add_evidence(clause.span)


def another_instrument_made(agreement: Agreement, kind: str | None, status: str | None, text: str) -> bool:
    """Whether a clause (text; kind: the kind it tells, if any) tells an instrument signed while the act in focus is a
    body or undertaking still ahead: the signing is the instrument's, no making of the body ("will set up working groups
    ... The agreement was signed by the ministers")."""
    if status != "signed" or agreement.status != "planned" or agreement.kind is None:
        return False
    families = kind_families()
    return (families.get(agreement.kind) in _BODY_FAMILIES
            and families.get(kind or cues.find_kind(text)[0] or "") == "instrument")


def finish(agreements: list[Agreement], news_year: int | None = None, text: str = "") -> list[Agreement]:
    """Give every agreement a kind and status when the text left them implicit; drop partyless ones (news_year: the
    year the passage was issued, when known: a making told in it is no history; text: the document's, for the leads
    of lists)."""
    agreements = [a for a in agreements if a.parties and not (a.evidence and curbs_exports(a.evidence[0].text))]  # export controls
    for index, agreement in enumerate(agreements):
        if not agreement.status and (listed := listed_status(agreement, text)):
            agreement.status, lead = listed  # "The two sides will sign the following: 1. ...": the lead tells it
            agreement.add_evidence(lead)
        texts = [span.text for span in agreement.evidence]  # the evidence's sentences (no step below adds one)
        if not agreement.status:  # "These include the Cancer Moonshot, a partnership ...": one of those made before
            agreement.status = included_status(agreement, agreements[:index]) or (
                "planned" if agreement.evidence and made_ahead(agreement.evidence[0].text)  # "the need to develop an agreement"
                else "in-force" if told_as_standing(agreement.kind, texts)  # "enjoy close cooperation"
                else DEFAULT_STATUS.get(agreement.kind, "planned"))
            if (agreement.status == "signed" and agreement.evidence and news_year is not None
                    and made_in_the_past(agreement.evidence[0].text, news_year)):
                agreement.status = "in-force"  # "US policy enshrined in the 2020 US-Mexico-Canada agreement", told in 2023: it stands
        # An extension told after the act it extends, from the same clause ("will discuss the renewal of their
        # agreement"): its own status, not the standing of the act it names. One side seeking it ("the US is seeking an
        # extension to its agreement with China") makes it that side's offer, whatever is told next of the old act.
        extension = (cues.EXTENSION_OF.search(agreement.evidence[0].text) is not None
                     and any(other.evidence[:1] == agreement.evidence[:1] and set(other.parties) == set(agreement.parties)
                             for other in agreements[:index]))
        sought = extension and STATUS_RANK[agreement.status] < STATUS_RANK["ended"] and extension_sought(agreement.evidence[0].text)
        if (agreement.kind in ISSUED_KINDS and STATUS_RANK[agreement.status] <= STATUS_RANK["proposed"]
                and not (agreement.proposer and not framed_by_joint_statement(agreement.evidence[0].text))  # a declaration
                # one side proposes to another is still a proposal; a call in their joint statement is what it says
                and not any(statement_ahead(span.text) for span in agreement.evidence)):
            agreement.status = "signed"  # what a statement says it will do is not what happened to it: it was issued
        if (agreement.kind == "partnership" and STATUS_RANK[agreement.status] <= STATUS_RANK["proposed"]
                and standing_partnership(texts, news_year)):
            agreement.status = "in-force"  # "agreed to deepen their strategic partnership": it stands; the deepening is ahead
        if (agreement.kind == "partnership" and agreement.status == "signed"
                and made_before_the_news(texts, news_year)):
            agreement.status = "in-force"  # "The Digital Partnership was launched in October 2018", told in 2023: it stands
        if (STATUS_RANK[agreement.status] < STATUS_RANK["ended"] and agreement.kind not in ISSUED_KINDS
                and instrument_in_course(texts, news_year)):
            agreement.status = "in-force"  # "reviewed progress under their 2019 agreement": the agreement stands
        if (STATUS_RANK[agreement.status] < STATUS_RANK["in-force"] and agreement.status != "proposed"
                and agreement.kind not in ISSUED_KINDS
                and told_existing(texts, news_year)):
            agreement.status = "in-force"  # "CBERS is a programme between China and Brazil, signed in 1988": it stands
        if (kind_families().get(agreement.kind) in _BODY_FAMILIES and STATUS_RANK[agreement.status] < STATUS_RANK["in-force"]
                and body_met(texts)):
            agreement.status = "in-force"  # "the commission has conducted five meetings": the body works
        if (STATUS_RANK[agreement.status] < STATUS_RANK["in-force"] and not extension
                and (standing := setting_kind(agreement.kind, texts))):
            agreement.kind, agreement.status = standing, "in-force"  # "at the ninth joint policy meeting": it works
        if (agreement.status == "proposed" and agreement.kind == "initiative" and agreement.proposer
                and not any(_NAMED_INITIATIVE.search(span.text) for span in agreement.evidence)):
            agreement.kind = "proposal"  # "Russia is pushing for the creation of a BRICS clearing centre": an offer
        agreement.status = document_status(agreement.kind, agreement.status, texts, news_year)  # a memorandum in force only by its own course
        if agreement.kind in ISSUED_KINDS and agreement.status == "planned" and statement_speaks(texts):
            agreement.status = "signed"  # "The joint statement declared that ...": a statement quoted has been issued
        if agreement.status == "in-force" and still_to_ratify(texts):
            agreement.status = "signed"  # "the Duma approved it, but Turkey has not yet ratified it": one side's step
        if agreement.status == "ended" and ending_undone(texts):
            agreement.status = "in-force"  # "suspended his decision to scrap the agreement": the ending called off
        if agreement.status == "in-force" and agreement.kind == "proposal" and offer_stands(texts):
            agreement.status = "proposed"  # "Russia's proposal ... remains in force": the offer stands
        if not agreement.kind and programme_signed(texts):
            agreement.kind = "agreement"  # "will sign a space cooperation programme": a document the parties sign
        if ((not agreement.kind or not any(cues.find_kind(span.text)[0] for span in agreement.evidence))
                and pledged_act(agreement.status, texts)):
            agreement.kind = "declaration"  # "the leaders pledged to restore supply chains": the pledge made is declared
        if not agreement.kind:
            # cooperation with no instrument named: a proposal when offered or turned down, a partnership when it stands
            # ("have cooperated on space for decades"), else a joint undertaking
            agreement.kind = ("proposal" if agreement.status == "proposed" or agreement.status == "rejected"
                              else "partnership" if agreement.status == "in-force"
                              and not any(_JOINT_THING.search(span.text) for span in agreement.evidence) else "initiative")
            if agreement.status == "proposed" and intended_help(texts):
                agreement.kind = "initiative"  # "Ghana intends to help Togo build ...": the undertaking offered
        if sought:
            agreement.status = "proposed"
        if agreement.status != "proposed":
            agreement.proposer = agreement.addressee = None
    return agreements


def involves_newcomers(clause: Clause, newcomers: set[str]) -> bool:
    """Whether the clause tells its act involving a state not yet among its parties: "includ-", "involv-", "compris-"
    or "extend to" with that state in its object, no comma between ("the agreement also includes Peru", not "prohibits
    demands for technology, including source code, a practice employed by countries such as China")."""
    base = clause_base(clause)
    for match in cues.INVOLVES.finditer(clause.text):
        for mention in clause.actors:
            at = mention.start - base
            if mention.code in newcomers and at >= match.end():
                if not re.search(r"[,;:]", clause.text[match.end():at]):
                    return True
                break
    return False
