"""A side's call on another to act, told without a verb of proposing: "Russia considers it necessary to accelerate the
digital economy within the EAEU", "India believes it is important to set up a joint centre in BRICS", "India wants
BRICS to set up a research centre". The guide counts a proposal of one state to another, proposer and addressee both
parties; what one side deems necessary or wants the other to do is such an offer. Patterns added to status.py's
"proposed" rules through status_variants."""

from __future__ import annotations

# What a side deems needed: "considers it necessary to", "believes it is important to", "deems it vital to".
_DEEMS = (r"\b(?:considers?|considered|considering|believes?|believed|deems?|deemed|finds?|found|thinks?|thought)\s+(?:that\s+)?"
          r"it\s+(?:is\s+|was\s+|would be\s+)?(?:\w+ly\s+)?(?:necessary|important|essential|vital|crucial|expedient|advisable)\s+to\s+"
          # something to make, not more of what exists ("to strengthen oversight of the deal": no offer)
          r"(?:\w+ly\s+)?(?:create|set up|establish|launch|build|develop|introduce|adopt|form|accelerate|work out|draw up"
          r"|start|begin)\b")
# Wanting the other to do it: "wants BRICS to set up", "would like the SCO to create", "wants Japan to help build" (not
# "wants to", one's own aim).
_WANTS = (r"\b(?:wants|wanted|would like|wishes|wished)\s+(?!to\b)(?:the\s+)?(?:[\w-]+\s+){1,3}?to\s+(?:\w+ly\s+)?(?:help\s+(?:to\s+)?)?"
          r"(?:create|set up|establish|launch|build|develop|introduce|adopt|form|join|sign|consider|back|support)\b")

# A call for a stance, not for an act: "called for respect for each other's sensitivities", "calls for restraint"
# (status.py's "called for" stops before it).
NO_ACT_CALLED = (r"\s+(?:(?:mutual|greater|more|full|maximum|utmost|an?\s+immediate)\s+)?(?:respect|restraint|calm|peace|patience|unity"
                 r"|solidarity|de-?escalation|cease-?fires?|an\s+end|justice|accountability|tolerance|moderation|vigilance|caution)\b")

# A call to hurry talks already under way: the act talked over is planned, no offer ("urged the GCC to speed up the free
# trade agreement negotiations", "called on both sides to accelerate talks on a digital pact"), the call's first "to".
TALKS_HURRIED = (r"(?!(?:(?!\bto\s)[^.;]){0,80}?\bto\s+(?:speed up|accelerate|expedite|fast-track|step up|advance|push forward|intensify|complete"
                 r"|conclude|finali[sz]e|wrap up)\s+(?:the\s+|their\s+|its\s+|ongoing\s+)?(?:[\w-]+\s+){0,4}?(?:negotiations|talks)\b)")

# A call to undo the other's measures, or to hold a stance: a demand, no offer of cooperation ("urged the Biden
# administration to withdraw them immediately", "called on Washington to lift the restrictions", "urged them to resist
# external interference"); not a call to withdraw from an act (an ending).
MEASURES_UNDONE = (r"(?!(?:(?!\bto\s)[^.;]){0,80}?\bto\s+(?:\w+ly\s+)?(?:(?:withdraw|lift|revoke|rescind|reverse|remove|ease|roll\s+back|drop)"
                   r"\s+(?:them|it|(?:the|these|those|its|their|all|such)\s+(?:[\w-]+\s+){0,3}?(?:measures|sanctions|restrictions|curbs|controls"
                   r"|tariffs|bans?|blacklisting|listings?|designations?|rules|decisions?|moves?))|resist|refrain|avoid|respect|uphold"
                   r"|exercise\s+restraint|show\s+restraint)\b)")

# A courtesy call on a person, not an appeal: "called on Prime Minister Shehbaz Sharif in Islamabad", "called on the
# Pakistani President" (a visit; an appeal to him goes on "to" do something: "called on President Ruto to sign the deal",
# not "to discuss" or "to review" what the visit is for).
COURTESY_CALL = (r"(?!\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}?(?-i:President|Prime\s+Minister|PM|Premier|King|Queen|Emir|Crown\s+Prince"
                 r"|Sultan|Chancellor|Governor|Minister|Vice\s+President|Speaker|Chairman|Secretary|Ambassador|His\s+Majesty|Her\s+Majesty)\b"
                 r"(?![^.;]{0,80}?\bto\s+(?!(?:discuss|review|exchange|brief|present|pay|convey|deliver|hand|talk|explore)\b)[a-z]))")

CALLS = [
    ("necessary|important|essential|vital|crucial|expedient|advisable", _DEEMS),
    ("want|would like|wish", _WANTS),
]
