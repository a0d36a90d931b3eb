"""The last step of reading acts: a kind and status for every act the text left implicit."""

from __future__ import annotations

from techpact.extract import cues
from techpact.extract.facts import Agreement
from techpact.ontology.vocabulary import DEFAULT_STATUS, ISSUED_KINDS, STATUS_RANK


def finish(agreements: list[Agreement]) -> list[Agreement]:
    """Give every agreement a kind and status when the text left them implicit; drop partyless ones."""
    agreements = [a for a in agreements if a.parties]
    for agreement in agreements:
        if not agreement.status:
            agreement.status = DEFAULT_STATUS.get(agreement.kind, "planned")
        if (agreement.kind in ISSUED_KINDS and STATUS_RANK[agreement.status] <= STATUS_RANK["proposed"]
                and not agreement.proposer  # a declaration one side proposes to another is still a proposal
                and not any(cues.FUTURE_ISSUE.search(span.text) for span in agreement.evidence)):
            agreement.status = "signed"  # what a statement says it will do is not what happened to it: it was issued
        if not agreement.kind:
            # cooperation with no instrument named: a proposal when offered or turned down, else a joint undertaking
            agreement.kind = "proposal" if agreement.status == "proposed" or agreement.status == "rejected" else "initiative"
        if agreement.status != "proposed":
            agreement.proposer = agreement.addressee = None
    return agreements
