"""What a clause says happened to an act, its status: extraction rules, ours.

Each pattern is a construction of English news reporting, not a sentence of any one article.
The status values and their orders come from the ontology.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import STATUS_PRECEDENCE, STATUS_RANK

_I = re.IGNORECASE

# Status verbs, checked in this order: negation first, then what the clause says happened.
NEGATED = re.compile(
    r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|never|not yet|refused to|declined to|failed to)\s+(?:\w+\s+){0,2}?(?:sign|agree|ink|conclude|accept|join|support|back|endorse)\w*"
    r"|\b(?:rejected|turned down|refused|declined|opted out of|walked away from|vetoed|dismissed)\b",
    _I,
)
HEDGED = Hinted(re.compile(r"\b(?:may|might|could) (?:consider|explore|look at|discuss)\b|\bconsidering whether\b|\brumou?red\b|\bspeculat\w+\b", _I), 'may ', 'might ', 'could ', 'considering', 'rumo', 'speculat')
IN_EFFECT = re.compile(
    r"\b(?:entered|enter|came|come|comes|enters|coming) into force\b|\bin force\b|\bratifi(?:ed|es|cation)\b|\b(?:took|takes|came|come|comes) into effect\b|\btook effect\b"
    # an act that has been running: "have partnered with", "has been cooperating", "the existing partnership"
    r"|\b(?:have|has|had)\s+(?:long\s+|been\s+)?(?:partnered|cooperated|cooperating|collaborated|collaborating|worked together|working together)\b"
    r"|\b(?:have|has|had)\s+(?:long\s+)?been\s+(?:\w+\s+)?(?:partners|allies)\b"
    r"|\b(?:have|has|had)\s+(?:deepened|strengthened|expanded|stepped up|broadened)\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|partnership|collaboration)\b"
    r"|\b(?:are|is)\s+(?:already\s+|currently\s+|now\s+)?(?:working together|cooperating|collaborating|partnering|(?:jointly\s+)?working\s+on)\b"
    r"|\breaffirm\w*\b"  # what is reaffirmed already exists
    r"|\b(?:existing|ongoing|long-standing|longstanding|current)\s+(?:[\w-]+\s+){0,2}?(?:partnership|cooperation|agreement|accord|mechanism|dialogue|framework|programme|program|initiative|working group|treaty)",
    _I)
ENDED = re.compile(
    r"\b(?:terminated|expired|lapsed|suspended|halted|froze|frozen|ended|annulled|cancell?ed|scrapped|revoked|abandoned"
    r"|withdr[ae]wn? from|withdrawal from"
    r"|pulled out of|pulls out of|exited|exits|shelved|put on hold|backed out of|backs out of|backing out of)\b", _I)
SIGNED = re.compile(
    r"\b(?:signed|signing|signs|sign|inked|inks|ink|sealed|concluded|exchanged|adopted|adopts|adopting|endorsed|formali[sz]ed|agreed (?:on|upon)(?! (?:\w+day|\d|the \d))"
    r"|(?:have|has|had) agreed (?:a|an|the|on)|agreed (?:a|an)|completed (?:the )?negotiations|conclusion of|launched|launches|launching|established|upgraded|elevated|set up|unveiled|struck|reached|issued|released|approved"
    r"|finali[sz]ed|clinched|penned|renewed|secured|put pen to paper"
    # headline present: "A and B formalize their partnership", "kick off a programme" ("to launch" stays planned)
    r"|initial(?:l)?ed|reached (?:a )?consensus on"
    r"|partnered with|joined forces"  # a partnership formed ("have partnered" is in force first)
    r"|formali[sz]es?|seals?|concludes?|(?<!the )(?<!a )launch(?! of)|kick(?:s|ed)? off|unveils?|establish(?:es)?"
    r"|(?:extended|prolonged) (?:the|their|its) (?:[\w-]+\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|pacts?|deals?)"
    # announcing an act by its name is launching it: "announced a new partnership with" (not "announced plans to")
    r"|announc(?:ed|es|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partnerships?|initiatives?|alliances?|programmes?|programs?|platforms?"
    r"|dialogues?|agreements?|deals?|pacts?|funds?|frameworks?|working groups?|task forces?|roadmaps?)"
    # an instrument told as the frame of what was agreed: "In a separate agreement, the ministries agreed to ..."
    r"|^\W*in (?:a|an|another) (?:separate |second |third |further |new )?(?:agreement|deal|memorandum|accord|pact|protocol|MoU)(?=,)"
    # instruments handed over, or an act presupposed as done: "the exchange of an agreement", "following the agreement between"
    r"|exchange of (?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|documents|instruments)"
    r"|(?:following|after) (?:the|their|its) (?:[\w-]+\s+){0,2}?(?:agreement|deal|pact|accord|memorandum|MoU|treaty)(?!\s+(?:talks|negotiations|expire|lapse|end)))\b",
    _I,
)
PROPOSED = re.compile(
    r"\b(?:propos\w*|offer(?:ed|s|ing)?|ask(?:ed|s|ing)?(?=\s+(?:[\w-]+\s+){1,3}?to\s+(?:help|join|build|develop|supply|provide|jointly|consider)\b)|suggest\w*|call(?:ed|s)? for|call(?:ed|s)? on|invit\w+|urg(?:ed|es|ing)|it is time for|(?:is|are|was|were|stands?) ready (?:to|for)|readiness|willing\w*|open to|keen to|eager to|floated|pitched|put forward|tabled)\b",
    _I,
)
PLANNED = re.compile(
    r"\b(?:decid\w+ to|will|shall|would|plan\w*|intend\w*|agreed (?:on \w+day |in principle )?to|agree to|set to|expected to|aim\w* to|to establish|to create|to launch|to set up|to sign|prepar\w+|negotiat\w+|discuss\w*|explor\w+|envisag\w+|seek\w* to|commit\w* to|pledg\w+|vow\w*)\b",
    _I,
)

# A statement or declaration that is still to be made: "will sign a joint statement", "to adopt a declaration".
FUTURE_ISSUE = re.compile(r"\b(?:will|shall|to|expected to|plans? to|set to)\s+(?:\w+\s+)?(?:sign|adopt|issue|release|approve)\b", _I)

# Words that put the verb after them in the future or the conditional.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|may|might|to|plans? to|planning to|set to|expected to|due to|ready to|intend(?:s|ed)? to)\s+(?:\w+\s+)?$",
    _I)



_STATUS_ORDER = sorted([("rejected", NEGATED), ("in-force", IN_EFFECT), ("ended", ENDED), ("signed", SIGNED),
                        ("proposed", PROPOSED), ("planned", PLANNED)], key=lambda part: STATUS_PRECEDENCE[part[0]])
_STATUS_ANY = re.compile("|".join(f"(?P<g{index}>{part.pattern})" for index, (_, part) in enumerate(_STATUS_ORDER)), _I)
_STATUS_NAMES = {f"g{index}": name for index, (name, _) in enumerate(_STATUS_ORDER)}
_STATUS_RANK = {name: rank for rank, (name, _) in enumerate(_STATUS_ORDER)}


@lru_cache(maxsize=8192)  # a sentence is read as a clause and again as evidence
def find_status(text: str) -> str | None:
    """What the text says happened to the act: rejected (negated), in force, ended, signed, proposed, planned.

    When several are said, the first in that order wins ("did not sign" beats "sign").
    """
    found = set()
    for match in _STATUS_ANY.finditer(text):
        status = _STATUS_NAMES[match.lastgroup]
        if STATUS_RANK["signed"] <= STATUS_RANK[status] <= STATUS_RANK["ended"] and _FUTURE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            status = "planned"  # "will sign", "are expected to launch", "will enter into force": not done yet
        found.add(status)
    return min(found, key=_STATUS_RANK.__getitem__) if found else None
