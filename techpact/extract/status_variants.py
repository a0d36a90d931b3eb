"""More ways news English tells the statuses status.py already reads: the same classes of verb in other words, voices
and nouns ("the offer was turned down by", "brushed aside the proposal", "the rejection of the offer", "kicked in",
"ran out", "came to an end", "reached a consensus to set up", "eyeing a chip deal", "set for a pact", "awaiting
signature", "presented a draft treaty"). Found by varying one slot at a time of the shapes the rules handle; each is a
class of wording, not a sentence of any article.

rules(act, refused) gives, per cue, (gate words, pattern) pairs that status.py adds to its rules of that cue.
"""

from __future__ import annotations

from techpact.extract.status_calls import CALLS
from techpact.extract.status_concluding_ahead import PLANNED as CONCLUDING_AHEAD
from techpact.extract.status_frames import with_frames
from techpact.extract.status_shapes import INSTRUMENT

# What an act running has done, told as a tally: "has trained 300 engineers", "had funded 40 projects".
_TALLIED = (r"(?:trained|funded|financed|delivered|completed|supported|produced|hosted|implemented|carried\s+out|conducted"
            r"|attracted|benefited|served|processed|graduated|awarded|granted|sponsored|educated)")
# A time told between an act's making or ending as a noun and its object: "Russia's suspension Monday of an agreement".
WHEN_BETWEEN = r"(?:\s+(?:on\s+|(?:last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|yesterday|today))?"
# What "suggest that" goes on to say is a guess, not an offer: "reports suggest that the probes could have used it".
EPISTEMIC_THAT = r"[^;]{0,150}?\b(?:might|may|could|must)\s+(?:have|well)\b"
# A word telling that the instrument named after it is not made yet: "announced a draft memorandum".
NOT_YET = r"(?!(?:draft|proposed|possible|potential|upcoming|forthcoming|prospective|future|planned)\b)"
# An invitation to witness or attend a signing invites to an act both sides make and offers none: "invited Putin to visit
# Egypt to witness the signing of contracts", "invited Chilean officials to Lima for the signing of a memorandum".
INVITED_TO_A_SIGNING = r"[^.;:]{0,100}?\b(?:(?:to|and)\s+(?:witness|attend|oversee|observe)|for|to)\s+the\s+(?:signing|signature)\b"
# Verbs of refusing in the participle, as the passive tells them: "the offer was turned down by India".
_REFUSING_PARTICIPLE = (r"(?:rejected|turned down|rebuffed|spurned|snubbed|vetoed|refused|declined|dismissed|brushed aside"
                        r"|shot down|voted down|thrown out|blocked|scuttled|torpedoed)")
# An undertaking agreed to be done, no instrument named: "reached a consensus to build" ("reached an agreement to
# cooperate" names an agreement concluded: signed).
# What an instrument is for, told after its noun: "signed a protocol to continue their cooperation" (fixed-width
# look-behinds, one a noun).
NOT_AN_INSTRUMENTS_AIM = "".join(f"(?<!{noun} to )" for noun in "agreement|protocol|memorandum|mou|deal|accord|treaty|pact"
                                 "|document|programme|program".split("|"))
# A thing told made by both sides together: "a satellite jointly developed by China and Italy" (act_finish reads it too).
JOINTLY_MADE = r"\bjointly\s+(?:developed|built|designed|produced|made|operated|run|funded|manufactured)\s+by\b"
REACHED_TO_DO = (r"reached\s+(?:a\s+)?(?:[\w-]+\s+)?consensus\s+to\s+"
                 r"(?!(?:the|a|an|this|that|its|their|his|her|our|end|date)\b)(?-i:[a-z])")


def rules(act: str, refused: str) -> dict[str, list[tuple[str, str]]]:
    """Per cue, the (gate words, pattern) pairs of these wordings; act and refused are status.py's object classes."""
    return with_frames({
        "rejected": [
            # the offer's addressee refusing it after a "but" or a "which", the object left implicit: "Russia proposed
            # Astana to build a plant, but it refused", "offered Vietnam a 5G deal, which Hanoi declined" (not "refused to
            # attend": another thing)
            ("refus|declin|reject", r"\b(?:propos|offer|invit|suggest)\w*\b[^.;]{0,160}?,?\s+(?:but|which)\s+(?:it|they|(?-i:[A-Z])[\w.’'-]*"
             r"(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2})\s+(?:(?:\w+ly|also|had|has|have|then)\s+)?(?:refused|declined|rejected)\b(?!\s+to\b)"),
            # no interest shown in the other's offer: "Vietnam has shown no interest in Kenya's offer of a joint programme"
            ("no interest", r"\b(?:show(?:s|ed|n)?|express(?:es|ed)?|has|have|had)\s+(?:shown\s+)?no\s+interest\s+in\s+"
             r"(?:(?:the|its|their|this|that|[\w.’'-]+['’]s)\s+)+(?:[\w-]+\s+){0,2}?(?:offer|proposal|bid|idea|invitation|plan)s?\b"),
            # the refusal with its object inside: "Kenya turned the offer down", "turned Ghana's proposal down"
            ("turn", r"\b(?:turned|turns|turning|turn)\s+(?:it|them|(?:(?:the|its|their|this|that|his|her|[\w.’'-]+['’]s)\s+)+(?:[\w-]+\s+){0,2}?"
             r"(?:offer|proposal|bid|idea|invitation|request|overture)s?)\s+down\b"),
            # a refusal to ratify told ahead or decided: "announced it would not ratify the treaty", "won't ratify" ("has
            # not ratified", "did not ratify" tell a step not taken, no refusal: the act stays signed)
            ("not|n't|n’t", r"\b(?:will\s+not|won[’']t|would\s+not|wouldn[’']t|shall\s+not|decided\s+not\s+to|chose\s+not\s+to"
             r"|opted\s+not\s+to|(?:is|are)\s+not\s+going\s+to)\s+(?:\w+ly\s+)?ratif(?:y|ies)\b"),
            # no interest in the offer or act: "Ghana is not interested in Kenya's offer of a data pact", "showed no interest in
            # the proposal"
            ("interest", r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+not\s+interested|(?:showed|shows|expressed|has|had)\s+no"
             r"\s+interest)\s+in\s+(?:[\w.’'-]+\s+){0,6}?" + refused + r"\b"),
            # the passive, with the offer or act as subject: "Japan's offer was rejected by India", "the pact was voted down"
            ("reject|turned down|rebuff|spurn|snub|veto|refused|declined|dismissed|aside|shot down|voted down|thrown out|blocked"
             "|scuttled|torpedoed",
             r"\b" + refused + r"\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been|is|are|being)\s+(?:\w+ly\s+)?"
             + _REFUSING_PARTICIPLE + r"\b"),
            # the act not approved at home: "the pact failed to gain domestic approval", "the treaty failed to pass the Senate"
            ("fail", r"\b" + refused + r"\b[^.;]{0,80}?\bfail(?:ed|s|ing)\s+to\s+(?:(?:win|gain|secure|get|obtain|receive)\s+"
             r"(?:[\w-]+\s+){0,2}?(?:approval|backing|majority|ratification)|(?:pass|clear)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*)\b"),
            # more verbs of refusing with the offer or act as object: "brushed aside the proposal", "shot down the plan"
            ("aside|brush|shot down|shoot|voted down|votes down|threw out|throws out|nix",
             r"\b(?:brush(?:ed|es|ing) (?:aside|off)|sh(?:ot|oots|ooting) down|vot(?:ed|es|ing) down|thr(?:ew|ows|owing) out|nix(?:ed|es))"
             r"\s+(?:[\w.’'-]+\s+){0,5}?" + refused + r"\b"),
            # the base form after a future or a decision: "decided to turn down the offer", "will reject the pact" (not
            # "threatened to reject", "could reject": a hedge)
            ("reject|turn down|refuse|decline|spurn|rebuff|snub|veto",
             r"(?<!threatened )(?<!threatens )(?<!threatening )\b(?:will|would|shall|to)\s+(?:formally\s+|officially\s+)?"
             r"(?:reject|turn down|refuse|decline|spurn|rebuff|snub|veto)\s+(?!to\s)(?:[\w.’'-]+\s+){0,6}?" + refused + r"\b"),
            ("refuse to|decline to", r"\b(?:will|would|shall|to)\s+(?:refuse|decline)\s+to\s+(?:sign|join|ink|conclude|accept|back|endorse"
             r"|approve|adopt|participate|take part|ratify|renew|extend)\b"),
            # the refusal told as a noun: "India's rejection of Japan's offer", "the refusal of the proposal"
            ("rejection|refusal", r"\b(?:rejection|refusal)\s+of\s+(?:[\w.’'-]+\s+){0,4}?" + refused + r"\b"),
        ],
        "in_force": [
            ("kick", r"\b(?:kicked|kicks|kick|kicking) in\b"),
            # the act brought into force with its name inside: "exchanged notes, bringing their agreement into force"
            ("into force|into effect", r"\b(?:bring|brings|bringing|brought|put|puts|putting)\s+(?:the|their|its|this|that|an?)\s+"
             r"(?:[\w-]+\s+){0,6}?into\s+(?:force|effect)\b"),
            # an act put to work, told done: "activated their currency swap agreement", "the MoU has been operationalised"
            # ("agreed to operationalise": the base form, still ahead)
            ("activat|operationali|into operation",
             r"\b(?:activated|activates|operationali[sz]ed|operationali[sz]es|(?:put|puts|brought|brings)\s+into\s+operation)\b"
             r"(?![^.;]{0,40}?\b(?:satellites?|systems?|plants?|reactors?|stations?|centres?|centers?|cables?|lines?)\b)"),
        ],
        "ongoing": [
            # a thing the sides made together, told by its making as done: "a satellite jointly developed by China and
            # Italy was launched", "the first satellite jointly built by the two countries" (not "will be jointly built")
            ("jointly", r"(?<!will be )(?<!to be )(?<!would be )" + JOINTLY_MADE),
            # the sides told in a state of working together: "China and France are also in close collaboration",
            # "noting that Russia and Brazil were already closely cooperating"
            ("close|active|ongoing|regular|constant|intensive",
             r"\b(?:is|are|was|were|remains?|remained)\s+(?:also\s+|already\s+|now\s+|still\s+)?in\s+(?:close|closer|active"
             r"|ongoing|regular|constant|intensive)\s+(?:collaboration|cooperation|co-operation)\b"),
            ("cooperating|collaborating|partnering", r"\b(?:were|was)\s+(?:already\s+|also\s+)?(?:\w+ly\s+)?(?:cooperating"
             r"|collaborating|partnering)\b(?!\s+(?:until|till)\b)"),
            # cooperation being widened in the present progressive is going on: "Korea and the UAE are expanding cooperation
            # in hydrogen", "are deepening their cooperation" (as "are cooperating" is; "will expand", "agreed to deepen" are
            # ahead)
            ("expanding|deepening|strengthening|broadening|stepping up|intensifying|boosting|enhancing",
             r"\b(?:are|is)\s+(?:already\s+|currently\s+|now\s+|steadily\s+|actively\s+)?(?:expanding|deepening|strengthening|broadening"
             r"|stepping\s+up|intensifying|boosting|enhancing)\s+(?:(?:their|its|the|bilateral)\s+)?(?:[\w-]+\s+)?(?:co-?operation"
             r"|collaboration|ties)\b"),
            # a cooperation carried on up to now, as "have cooperated" is: "China has conducted space technology cooperation
            # with Russia", "have carried out joint research with"
            ("conducted|carried out|undertaken|pursued|engaged in",
             r"\b(?:has|have)\s+(?:long\s+|already\s+|actively\s+|successfully\s+)?(?:conducted|carried\s+out|undertaken|pursued"
             r"|engaged\s+in)\s+(?:[\w-]+\s+){0,4}?(?:cooperation|collaboration|joint\s+research)\s+with\b"),
            # going on since a year told as its start: "Kenya-Ghana cooperation in AI dates back to 2015", "goes back to
            # the 1990s" (the predicate of the clause; set off by commas it is an aside, read as such)
            ("back to", r"\b(?:dates|date|dated|goes|go|went|traces|trace)\s+back\s+to\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
             r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d"),
            # carried out now, as "is being implemented" is: "it is being pursued through joint projects"
            ("being", r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?being\s+(?:pursued|carried out|executed|reali[sz]ed"
             r"|put into practice|applied|operated|run)\b"),
            # working together on a joint project is that cooperation going on: "the central bank is working with its
            # Saudi peer on a joint project" (not "working on an agreement": a text still being drafted)
            ("working", r"\b(?:is|are)\s+(?:currently\s+|already\s+|now\s+)?working\s+(?:together\s+)?(?:with\s+[^.;]{1,80}?\s+)?"
             r"on\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:projects?|programmes?|programs?|pilots?|proofs?[- ]of[- ]concept)\b"),
            # an act kept going, told done or agreed: "agreed to keep the science pact alive for six months", "kept their
            # memorandum in force" (the act stands through the keeping)
            ("keep|kept", r"\b(?:keep|keeps|keeping|kept)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,5}?(?:" + act
             + r")\s+(?:alive|in\s+force|in\s+effect|in\s+place|running|going)\b"),
            # a tally of what the act has done up to a time: "So far, the joint laboratory has trained 300 engineers", "As of
            # June 2025, the centre had trained 300 officials", "has funded 40 projects to date" (not "have signed ... so far")
            ("so far|to date|thus far|as of", r"\b(?:so\s+far|to\s+date|thus\s+far|as\s+of\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d)\b,?[^.;]{0,100}?\b"
             r"(?:has|have|had)\s+(?:already\s+|now\s+)?" + _TALLIED + r"\b|\b(?:has|have)\s+(?:already\s+)?" + _TALLIED
             + r"\b[^.;]{0,100}?\b(?:so\s+far|to\s+date|thus\s+far)\b"),
            # a partnership held, as "have a partnership" is read: "enjoy a strategic partnership that covers AI"
            ("enjoy", r"\benjoy(?:s|ed|ing)?\s+(?:a|an|their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance)\b"),
            # an act that goes on growing: "the initiative continues to expand", "the partnership has continued to deepen"
            ("continu", r"\b(?:continues|continued|has continued|have continued)\s+to\s+(?:expand|grow|deepen|develop|evolve"
             r"|strengthen|progress|flourish|thrive)\b"),
            # instruments held as one's own, several, with others: "has comprehensive strategic partnerships with A, B and C",
            # "have defence agreements with both" (as status.py reads "has a partnership with"; not "has signed agreements
            # with", "has struck deals": a verb between is a making)
            # a state bound by the act, and an act running for some years now: "Kenya is a party to the agreement with
            # Ghana", "the memorandum, now in its third year" (not "became a party": joining is a making)
            ("party|parties|year", r"\b(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+(?:already\s+|long\s+)?"
             r"(?:a\s+|both\s+)?(?:state\s+)?part(?:y|ies)\s+to\b|\bin\s+its\s+(?:second|third|fourth|fifth|sixth|seventh|eighth"
             r"|ninth|tenth|\d+(?:st|nd|rd|th))\s+year\b"),
            ("has|have", r"\b(?:has|have|had)\s+(?:long\s+)?(?:(?!(?:been|not|no|yet|also|since|now|just|recently|struck|made|won"
             r"|sought|held|begun|built|set|taken|undertaken|drawn|brought|new|fresh)\b)(?![\w-]+ed\b)[\w-]+\s+){0,3}?"
             r"(?:partnerships|agreements|accords|treaties|pacts|alliances|arrangements)\s+with\b"),
        ],
        "ended": [
            # an act a court or legislature voids: "declared the nuclear agreements with Russia invalid and unconstitutional",
            # "the pact was ruled unlawful", "struck down the agreement", "has set aside nuclear agreements"
            ("invalid|unconstitutional|void|unlawful|illegal|struck down|strikes down|strike down|set aside|sets aside",
             r"\b(?:declared|declares|declaring|ruled|rules|ruling|found|finds)\s+(?:(?:the|its|their|this|that|these|those)\s+)?"
             r"(?:[\w-]+\s+){0,3}?(?:" + act + r")\b[^.;]{0,80}?\b(?:invalid|unconstitutional|null\s+and\s+void|void|unlawful|illegal)\b"
             r"|\b(?:" + act + r")(?:\s+(?:with|between)\s+[^.;,]{1,40}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:declared|ruled|found)\s+(?:to\s+be\s+)?"
             r"(?:invalid|unconstitutional|null\s+and\s+void|void|unlawful|illegal)\b"
             r"|\b(?:(?:struck|strikes|strike)\s+down|(?:set|sets|setting)\s+aside)\s+(?:(?:the|its|their|this|that|these|all)\s+)?"
             r"(?:[\w-]+\s+){0,3}?(?:" + act + r")\b"),
            # the act itself closed: "the joint centre was shut down in March", "the working group was disbanded"
            ("shut|closed|disband|dissolv", r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:\w+ly\s+)?"
             r"(?:shut\s+down|closed\s+down|disbanded|dissolved)\b"),
            # an act left idle: "has been dormant since 2020", "the pact remains inactive", "lay moribund for years"
            ("dormant|inactive|moribund", r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|lay|lies|lain"
             r"|went|gone|fell|fallen)\s+(?:largely\s+|mostly\s+|effectively\s+|all\s+but\s+)?(?:dormant|inactive|moribund)\b"),
            # running out or coming to an end ("runs out in 2030", "will come to an end" are read by status_aspect)
            # the base forms the other ended rules leave out: "decided to pull out of", "will axe the pact"
            ("pull out|back out|axe", r"\b(?:pull out of|back out of|axe)\b"),
            ("ran out|runs out|run out|to an end", r"\b(?:ran|runs|run) out\b(?!\s+of\b)|\b(?:came|comes|come|coming) to an end\b"),
            # an act put on hold or on ice, named between: "has put its cyber agreement with Kenya on hold" (not "put the
            # talks on hold": an occasion)
            ("hold|ice", r"\b(?:put|puts|putting|placed|places)\s+(?:(?:the|its|their|a|all|this|that)\s+)?"
             r"(?:(?!talks|negotiations|consultations|discussions|plans?\b)[\w+-]+(?:['’]s)?\s+){0,4}?(?:" + act + r")(?:\s+(?:with|between)\s+[^.;,]{1,40}?)?\s+on\s+(?:hold|ice)\b"),
        ],
        "proposed": [
            # asking the other whether it would join: "asked the ROK to inform it by August whether the country would
            # participate in the U.S.-led chip alliance", "asked Seoul whether it will join" (an invitation put as a question)
            ("ask", r"\bask(?:ed|s|ing)?\s+(?:[\w.’'-]+\s+){1,3}?(?:to\s+(?:inform|tell|say|decide|confirm)\s+(?:[\w.’'-]+\s+){0,8}?)?"
             r"whether\s+(?:or\s+not\s+)?(?:[\w.’'-]+\s+){0,3}?(?:would|will|wants?\s+to|intends?\s+to|plans?\s+to)\s+"
             r"(?:join|participate|take\s+part|sign|enter|become)\b"),
            # pressing or encouraging the other to act: "Kenya is pressing Vietnam to conclude a data-sharing agreement",
            # "encouraged the US to collaborate with ASEAN on digital transformation"
            ("press|encourag", r"\b(?:press(?:es|ed|ing)?|encourag(?:e|es|ed|ing))\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+to\s+(?!the\b|a\b)\w+"),
            # one side's wish for an instrument with the other, or its courting of the other: "Vietnam wants a trade deal
            # with Kenya", "is courting Kenya for a partnership" (as "wants Kenya to sign" is read: status_calls)
            ("want|courting", r"\b(?:wants|wanted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\s+with\b"
             r"|\b(?:is|are|was|were|has been|have been)\s+courting\s+[^.;,]{1,60}?\bfor\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:" + INSTRUMENT + r"|partnership|alliance|venture)\b"),  # (not "courting India as a counterweight")
            # a bid to join approved at home stands as the bid: "parliament approved the government's proposal to become an
            # observer state", "the cabinet approved the application to join BRICS"
            ("approv", r"\bapprov(?:ed|es|ing)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w.’'-]+['’]s\s+)?(?:[\w-]+\s+)?"
             r"(?:proposal|application|bid|request)s?\s+to\s+(?:join|become|apply|accede)\b"),
            # an instrument promised to the other side is an offer: "promised Togo a deal on data" ("promised to sign" is
            # an undertaking: planned)
            ("promis", r"\bpromis(?:ed|es|ing)\s+(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+)?(?:a|an|the|its|new)\s+"
             r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # an offer thought up and brought forward: "Russia came up with an initiative to create a BRICS investment
            # platform", "comes up with a proposal for" (what one side brings to the others)
            ("came up|come up|comes up|coming up", r"\b(?:came|come|comes|coming)\s+up\s+with\s+(?:(?:a|an|the|its|his|her|new)\s+){1,2}"
             r"(?:[\w-]+\s+)?(?:initiative|proposal|idea|offer)s?\s+(?:to|for|on|of)\b"),
            # offering in the present, as headlines tell it: "India floats chip pact", "Japan pitches a fund"
            ("float|pitch|forward|table|moot", r"\b(?:floats?|pitch(?:es)?|puts? forward|tables?|moots?)\s+(?:a|an|the|its|his|her|their"
             r"|new|joint|plans?|proposals?|idea)\b"
             # a headline drops the article: "India pitches digital payments link to ASEAN", "Brazil floats BRICS grain exchange"
             r"|\b(?:floats|pitches|moots)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?-i:[a-z])[\w-]*"
             r"(?:\s+(?:to|with|for)\s+(?-i:[A-Z])|\s*$)"),
            # a draft handed to the other side, or drawn up by one side, is an offer: "presented a draft treaty", "submitted
            # its draft of the accord", "Peru has prepared a draft agreement with Chile" (one side alone before the verb: "Chile
            # and Peru prepared a draft" is both sides' work, planned) (the receiver may stand between:
            # "handed Togo a draft", "sent to Peru its draft")
            ("draft", r"(?:^(?:(?!\b(?:and|both|two|three|they|we|sides|together|jointly|with)\b)[^;])*?\b(?:prepared|prepares|produced"
             r"|produces|drew up|draws up|has drawn up|put together|puts together)(?=\s+(?:(?:a|an|its|his|her)\s+)?draft\b)"
             r"|\b(?:submitted|submits|presented|presents|handed over|hands over|handed|hands|sent|sends|tabled|tables))\s+"
             r"(?:(?:to\s+)?(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}"
             r"(?:\s+(?:side|government|authorities|delegation|counterparts?))?\s+(?:with\s+)?)?"
             r"(?:(?:a|an|the|its|their|his|her)\s+)?draft\b(?:\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + INSTRUMENT + r"\b)?"),
            # approaching the other side about an act is offering it: "approached Indonesia about joining the partnership",
            # "has approached Vietnam about a deal on rare earths"
            ("approach", r"\bapproach(?:ed|es|ing)?\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+"
             r"(?:about|on|over|regarding|with)\s+(?:(?:a|an|the|its|possibly)\s+)?(?:(?:join|sign|conclud|negotiat|form|set)\w*"
             r"|(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r")\b"),
            # one side's request for an act: "a request from Armenia to sign a nuclear agreement", "sent Ghana a request for
            # a fisheries pact" (not "at the request of", nor "a request for comment")
            ("request", r"\brequests?\s+(?:(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+)?"
             r"(?:to\s+(?:sign|conclude|join|negotiate|set up|establish)|for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r")\b"),
            # an act laid before the other side: "A Kenya-Ghana AI agreement is on the table", "has put a trade deal with
            # Ghana on the table" (not "on the negotiating table": talks)
            ("table", r"\b(?:is|are|was|were|be|been|remains?|remained|now|still)\s+on\s+the\s+table\b"
             r"|\b(?:put|puts|putting|placed|places)\s+(?:[^.;,]{1,60}?\s+)?on\s+the\s+table\b"),
            *CALLS,  # a call on the other to act: "considers it necessary to create ...", "wants BRICS to set up ..."
        ],
        "signed": [
            # one side counted among those that have signed: "became the second Quad partner after the US to sign an
            # agreement with India", "is the latest country to sign" (not "will be", "could become": still ahead)
            ("first|second|third|fourth|fifth|latest|last|newest|only",
             r"\b(?:has\s+become|have\s+become|became|is|are|was|were)\s+(?:now\s+)?(?:also\s+)?the\s+(?:first|second|third"
             r"|fourth|fifth|latest|last|newest|only|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,6}?to\s+(?:sign|ink|conclude|seal)\b"),
            # ties raised to a partnership, as "upgraded" and "elevated" are read: "raised their relationship to a
            # comprehensive strategic partnership", "took ties with the EU to the level of a strategic partnership"
            ("raise|lift|took|take", r"\b(?:raised|raises|lifted|lifts|took|takes)\s+(?:(?:their|its|the|bilateral|diplomatic)\s+){0,3}"
             r"(?:ties|relations|relationship)\s+(?:with\s+[^.;]{1,60}?\s+)?to\s+[^.;]{0,50}?\bpartnership\b"),
            # ties the leaders agree to raise to a partnership are raised by that agreement: "Park and Modi agreed to
            # upgrade the bilateral relations into a special strategic partnership" (not with a time ahead: "next year")
            ("agreed", r"\bagreed\s+to\s+(?:upgrade|elevate|raise|lift)\s+(?:(?:their|its|the|bilateral|diplomatic)\s+){0,3}"
             r"(?:ties|relations|relationship)\s+(?:with\s+[^.;]{1,60}?\s+)?(?:to|into)\s+[^.;]{0,50}?\bpartnership\b"
             r"(?![^.;]{0,40}?\b(?:next|by|from|after|within|once|when|if)\s)"),
            # an instrument agreed on with a time between verb and particle, as "agreed on a roadmap" is read: "agreed on
            # Monday on a framework", "agreed last week on a roadmap"
            ("agreed", r"\bagreed\s+(?:on\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week|month)|in\s+(?-i:[A-Z])[a-z]+)\s+(?:on|upon)\s+"
             r"(?:(?:a|an|the|their|its|new|joint|two|three)\s+)+(?:(?!(?:for|of|to|on|in|with|about)\b)[\w-]+\s+){0,3}?"
             + INSTRUMENT + r"\b"),
            # an instrument wrapped up: "wrapped up a memorandum on chips" (not "wrapped up talks" or "their visit")
            ("wrap", r"\bwrap(?:ped|s)?\s+up\s+(?:(?:a|an|the|their|its|two|three|several|new)\s+)?(?:[\w-]+\s+){0,3}?"
             + INSTRUMENT + r"\b"),
            # a participle clause of concluding after the main clause, as "..., signing five agreements" is read: "the
            # ministers met on Thursday, inking a deal to ...", "..., sealing a pact on chips" (an instrument its object)
            ("inking|sealing|clinching|penning|striking|concluding",
             r",\s+(?:\w+ly\s+)?(?:inking|sealing|clinching|penning|striking|concluding)\s+(?:a|an|the|two|three|four|five|six"
             r"|several|new|\d+)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # a plan or instrument confirmed is adopted, as "approved" is read: "the Commission has confirmed the action
            # plan for the strategy" (not "confirmed plans to sign": an intent reported)
            ("confirmed", r"\bconfirmed\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:action\s+plans?|road\s?maps?|strateg(?:y|ies)"
             r"|programmes?|programs?|concepts?|agreements?|protocols?|memorand(?:um|ums|a)|MoUs?)\b(?!\s+to\b)"),
            # an instrument agreed welcomed: "welcomed the agreement between the EU and India on a memorandum on chips"
            ("welcom", r"\bwelcom(?:ed|es|ing)\s+the\s+agreement\s+(?:between\s+[^.;]{1,60}?\s+)?on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
             + INSTRUMENT + r"\b"),
            # verbs of settling an act, as "sealed" is read: "firmed up a technology initiative", "cemented a new
            # partnership", "the partnership was solidified during a meeting" (not "cemented their ties": no act)
            ("solidif|cement|firmed up",
             r"\b(?:solidified|cemented|firmed up)\s+(?:a|an|new)\s+(?:[\w-]+\s+){0,4}?" + INSTRUMENT + r"\b"
             r"|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:solidified|cemented|firmed up)\b"),
            # the making told as a noun, subject of a verb of now or before: "The establishment of the strategic
            # partnership opens a new chapter", "the launch of the initiative marked ..." (not "will open": ahead)
            ("establishment|launch|creation|formation",
             r"\b(?:establishment|launch|creation|formation)\s+of\s+(?:the|this|their|its)\s+(?:[\w-]+\s+){0,4}?" + INSTRUMENT
             + r"\b[^.;]{0,80}?\b(?<!will )(?<!would )(?:opens|opened|marks|marked|represents|represented|signals|signalled|signaled"
             r"|reflects|reflected|brings|brought|gives|gave|is|was)\b"),
            # the acts made, named by a participle after their noun as the subject told: "Another initiative announced
            # was the Maritime Initiative ...", "The documents signed include ..." (as "announced the initiative" is read)
            ("announced|launched|signed|adopted|unveiled|inked|concluded",
             r"\b(?:initiatives?|agreements?|documents?|deals?|memorand(?:um|a|ums)|MoUs?|projects?|programmes?|partnerships?"
             r"|accords?|pacts?)\s+(?:announced|launched|signed|adopted|unveiled|inked|concluded)\s+(?:was|were|include[sd]?|are|is)\b"),
            # the body or scheme made, told in the passive with its makers named: "a working group was created by A and
            # B", "the fund was founded by the two" (not "will be created": planned; not "was created by a law of 2022")
            ("creat|formed|founded", r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:created|formed|founded)"
             r"\s+by\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:two|three|four|five|six|both|their|its|all)\b)"),
        ],
        "planned": [
            # an act or its sides that are to do it: "The partnership is to build on the centre", "Ghana and Togo are to sign
            # a pact", "the deal was to be signed in May" (not an aim's content: "the aim is to build")
            ("is to|are to|was to|were to", r"(?:^|[,;:(]\s*)(?:(?!\b(?:aims?|goals?|purposes?|objectives?|ideas?|tasks?|missions?|plans?"
             r"|intentions?|priorit(?:y|ies)|challenges?|steps?|ways?|hopes?|jobs?|roles?|focus|point|thing|what|which)\b)[^,;:.()])*?"
             r"\b(?:is|are|was|were)\s+to\s+(?:be\s+(?:signed|concluded|adopted|launched|established|set\s+up|created|inked|finali[sz]ed"
             r"|formali[sz]ed|opened|held|built)|sign|conclude|build|launch|establish|set\s+up|create|open|hold|formali[sz]e|start|begin"
             r"|adopt|ink|finali[sz]e|develop|jointly)\b"),
            ("reached", r"\b" + REACHED_TO_DO),
            # talk of an instrument still being had: "have been talking off and on since 2010 about a partnership agreement"
            ("talking|talked", r"\btalk(?:ing|ed)\s+(?:[\w-]+\s+){0,5}?(?:about|on|over)\s+(?:(?:a|an|the|their|its|new|possible)\s+)?"
             r"(?:[\w-]+\s+){0,4}?" + INSTRUMENT + r"\b"),
            # the other verbs of concluding after "to": "India, Japan to finalise chip pact", "agreed to pen a roadmap"
            ("to ", r"\bto\s+(?:finali[sz]e|pen|adopt|reach|initial|seal|clinch|strike|ink|conclude|forge)\s+(?:a|an|the|their|its|new)?\s*"
             r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # aiming at an instrument: "eye chip deal", "are eyeing a memorandum", "set for a trade pact"
            ("eye|set for", r"\b(?:eye(?:s|d|ing)?|set for)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # near an instrument, not there: "are on the verge of a lithium deal", "on the brink of an accord"
            ("verge|brink|cusp", r"\bon the (?:verge|brink|cusp) of\s+(?:a|an|the|their|its|new)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # near the end of making it: "are in the process of concluding", "in the final stages of completing", "have
            # nearly completed" (verbs of making no status rule reads)
            ("process|stage|nearly|almost", r"\b(?:in the (?:process|midst) of|(?:final|last|late|advanced) stages? of)\s+"
             r"(?:conclud|complet|finali[sz]|negotiat|draft|prepar|work)ing\b|\b(?:nearly|almost)\s+(?:completed|finali[sz]ed|concluded)\b"),
            # near an instrument, with no article as headlines tell it: "close to deal on chips", "nearer to pact"
            ("close|near", r"\b(?:close|closer|near|nearer)\s+to\s+(?:[\w-]+\s+){0,2}?" + INSTRUMENT + r"\b"),
            # an instrument told as nearly there: "an agreement on minerals was within reach", "a deal is in sight"
            ("within reach|in sight", r"\b(?:is|was|are|were|seems?|seemed|looks?|looked|appears?|appeared)\s+(?:(?:now|finally|also|still)\s+)?"
             r"(?:within reach|in sight)\b"),
            # an instrument named as still to come: "the upcoming memorandum", "a prospective deal", "a possible pact" (the
            # adjective on the instrument's own phrase: not "potential signatories to the treaty")
            ("upcoming|forthcoming|prospective|future|impending|potential|possible",
             r"\b(?:upcoming|forthcoming|prospective|future|impending|potential|possible)\s+"
             r"(?:(?!(?:to|of|for|the|with|on|in|and|or)\b)[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # an instrument told as whatever may come, the subject of its clause: "Any deal for India to buy reactors may
            # take years", "officials said any agreement would need approval" (not "did not sign any agreement")
            ("any", r"(?:^\W*|[;:]\s+|\b(?:that|said|says|but|while|warned|noted|added|cautioned)\s+)any\s+(?:(?:future|new|final"
             r"|such|bilateral|eventual)\s+)?(?:[\w-]+\s+){0,2}?" + INSTRUMENT + r"\b"),
            # an instrument or its making looked forward to is still to come: "looks forward to finalising the agreements",
            # "look forward to further collaboration, including the Free Trade Agreement" (not its implementation or entry)
            ("forward to", r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:(?:further\s+)?(?:collaboration|cooperation|co-operation),?\s+"
             r"(?:including|such\s+as)\s+)?(?:(?:the|an?|its|their|our)\s+)?(?:(?:early|speedy|swift|timely|successful)\s+)?"
             r"(?:(?:signing|conclu(?:ding|sion)|finali[sz](?:ing|ation)|sealing|inking)\b|(?:(?!implement|entry|operat|ratif|review"
             r"|anniversar|work)[\w-]+\s+){0,5}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?"
             r"|protocols?|conventions?)\b(?!\s+\w+ing\b))"),
            ("signature|signing", r"\b(?:await\w*|pending|up for)\s+(?:its\s+|their\s+|final\s+|formal\s+)?(?:signature|signing)\b"),
            # a verb of concluding in the progressive, an instrument its object, is not done yet: "are finalising an
            # MoU", "was concluding a pact" ("are signing" is left: a ceremony told as it happens)
            ("finalising|finalizing|concluding|sealing|clinching|initialling|initialing",
             r"\b(?:is|are|was|were|been|be|am)\s+(?:finali[sz]ing|concluding|sealing|clinching|initial(?:l)?ing)\s+"
             r"(?:(?:a|an|the|their|its|two|three|several|new|final)\s+)?(?:[\w-]+\s+){0,3}?(?:text\s+of\s+(?:the\s+|an?\s+)?)?"
             r"(?:[\w-]+\s+){0,2}?(?:" + INSTRUMENT + r"|statements?|communiqu\w+)\b"),
            *CONCLUDING_AHEAD,  # ready for signature, nearing completion, "adoption ... is due"
            # an instrument on an agenda is still to be taken up: "the memorandum is on the agenda", "the agenda includes"
            ("agenda", r"\b(?:is|are|was|were)\s+(?:also\s+|high\s+|firmly\s+)?on\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?agenda\b"
             r"|\bagenda\s+(?:of\s+[^.;]{0,60}?\s)?(?:includes?|included|features?|featured)\b"),
            # an instrument under study is weighed, not made: "are studying a clearing arrangement", "agreed to study"
            ("study|studying", r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?studying\b|\b(?:will|to)\s+(?:jointly\s+)?study\b"),
            # work begun on an instrument is its drafting: "have begun work on an agreement", "started work on a treaty"
            ("work on", r"\b(?:beg[au]n|begins?|beginning|start(?:s|ed|ing)?|commenc(?:e|es|ed|ing))\s+"
             r"(?:(?:the|their|joint)\s+)?work\s+on\s+(?:a|an|the|their|its|new)?\s*(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"),
            # an instrument not reached yet, told as missing so far: "still no final agreement on the deal", "there is no
            # deal yet" (talks go on; "no agreement was reached" tells their failure, read elsewhere)
            # ("is still no" is read without its "still": "is no final agreement")
            ("still no|yet|so far|is no|are no",
             r"\b(?:still|yet)\s+no\s+(?:final\s+|formal\s+|firm\s+)?(?:agreements?|deals?|accords?|pacts?|consensus)\b"
             r"|\b(?:is|are)\s+no\s+(?:(?:final|formal|firm)\s+)?(?:agreements?|deals?|accords?|pacts?)\b"
             r"|\bno\s+(?:final\s+|formal\s+|firm\s+)?(?:agreements?|deals?|accords?|pacts?)\s+(?:yet|so far|as yet)\b"),
        ],
    })
