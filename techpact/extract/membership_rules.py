"""The membership constructions of English reporting, as patterns over a sentence's skeleton (see
memberships.py): each a general construction (the words that undo them are in membership_matches.py)."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_patterns import LEADER_TITLE
from techpact.extract.membership_chair_rules import CHAIR_RULES
from techpact.extract.membership_counted_rules import COUNTED_RULES
from techpact.extract.membership_far_rules import FAR_RULES
from techpact.extract.membership_fronted_rules import FRONTED_RULES
from techpact.extract.membership_makeup_rules import MAKEUP_RULES
from techpact.extract.membership_passing_rules import PASSING_RULES
from techpact.extract.membership_history_rules import HISTORY_RULES
from techpact.extract.membership_pronoun_rules import PRONOUN_RULES
from techpact.extract.membership_told_after import TOLD_AFTER_RULES
from techpact.extract.membership_rule_base import Rule, rule as _rule
from techpact.extract.membership_variant_rules import VARIANT_RULES

__all__ = ["FOUNDED", "JOINED_WITH", "JOINING", "LEADER_LISTS", "LEADER_TITLE", "LEADING_LISTS", "MANY", "MANY3", "MEMBER_ALONGSIDE",
           "POSSESSIVES", "PREDICATE_LISTS", "PRONOUN_SUBJECT", "RULES", "Rule", "SUBJECT_TOO"]

# Short names for the building blocks of membership_patterns.py, as the patterns below read them.
_ADVERBS = _patterns.ADVERBS
_AFTER_BLOC = _patterns.AFTER_BLOC
_APPOSITION = _patterns.APPOSITION
_ARTICLE = _patterns.ARTICLE
_ASIDE = _patterns.ASIDE
_B = _patterns.BLOC
_BLOC_ADMITS = _patterns.BLOC_ADMITS
_CLOSED = _patterns.CLOSED
_COORDINATED = _patterns.COORDINATED
_COPULA = _patterns.COPULA
_D = _patterns.DEMONYM
_FELLOW = _patterns.FELLOW
_L = _patterns.LIST
_MEMBER_NOUN = _patterns.MEMBER_NOUN
_MEMBER_ONLY = _patterns.MEMBER_ONLY
_MODIFIER = _patterns.MODIFIER
_ORDINAL = _patterns.ORDINAL
_OTHER = _patterns.OTHER
_P = _patterns.POSSESSIVE
_SHARE = _patterns.SHARE
_THE = _patterns.BEFORE_BLOC
_WHOSE_COUNTRY = _patterns.WHOSE_COUNTRY

# Rules whose first leader's demonym is followed by more: "Chinese President Xi and Russian President Putin".
LEADER_LISTS = ("bloc-leaders-demonyms",)
# Rules that name members in a list that leads the sentence: "Adding to L, it now includes L2".
LEADING_LISTS = ("it-now-includes-list",)
# Rules whose first possessive state is followed by more in the same sentence: "including Bahrain's ..., Oman's ...".
POSSESSIVES = ("members-including-possessives",)
# Rules that read a bracket or a dash, which also joins two names ("the EU (Brussels)", "EU–China"):
# only a list of two or more states is a member list there.
MANY = ("list-parenthesis-bloc", "bloc-parenthesis-list", "bloc-of-many", "list-bloc-members-no-article")
# Rules that guess members from a summit's leaders: only a list of three or more states is read as the members.
MANY3 = ("leaders-of-list-met-in-summit-of-bloc", "bloc-partnership-between-list", "bloc-a-pact-between-list")
# Rules whose list is the predicate of the bloc ("BRICS includes L"): a list added with "along with" belongs to it too.
PREDICATE_LISTS = ("bloc-includes-list", "bloc-since-joined-by-list", "members-are-list", "expanded-to-include-list", "bloc-later-added-list",
                   "bloc-members-with-the-others-being-list")
# Founders named right after the verb with another preposition: "was formed with L", "established among L in 2001".
_FOUNDED_AMONG = r"(?:\s+(?:in|on)\s+\d{4})?\s+(?:with|among|between)\s+"
# Rules that list a bloc's founders, whom later members may follow: "founded by L, with South Africa added in 2010".
FOUNDED = ("bloc-founded-by-list", "founded-by-list-bloc", "it-was-founded-by-list")
# Rules whose pronoun ("of which it is a member", "the grouping it forms with L") stands for the sentence's subject.
# Rules whose "it" stands for the one state named before it in the sentence.
PRONOUN_SUBJECT = ("it-became-member-of-bloc",)
SUBJECT_TOO = ("of-which-it-is-a-member", "bloc-it-forms-with-list")
# Appositions whose member noun a list may follow with no comma: "Japan, a Quad member alongside India and Australia".
MEMBER_ALONGSIDE = ("list-a-bloc-member", "list-members-of-bloc", "list-is-member-of-bloc", "list-is-a-bloc-member")
# Rules that say a state is or became a member: a list it is said to join ("..., joining Brazil, Russia, ...") or to
# join with ("joined BRICS in January, alongside Egypt") are members too.
JOINED_WITH = ("list-joined-bloc", "list-is-member-of-bloc", "list-is-a-bloc-member", "list-is-blocs-member", "list-became-member",
               "list-admitted", "list-make-up-bloc",  # "Iran belongs to the SCO, along with Pakistan"
               "list-gained-membership")
# Rules that say a state entered or is in a bloc: what follows the bloc must close the clause (JOIN_TAIL).
JOINING = ("list-joined-bloc", "bloc-since-joined-by-list", "list-among-those-who-joined", "bloc-later-added-list", "list-make-up-bloc",
           "since-lists-accession", "list-admitted", "bloc-admits-list", "bloc-admits-list-as-member", "list-first-to-join",
           "bloc-which-list-joined", "list-gained-membership", "verb-list-into-bloc",
           "welcomed-list-into-bloc")


RULES = [
    # "SCO members China, Russia and India", "the BRICS countries Brazil, ...", "fellow GCC member the UAE",
    # "the bloc's members, including L", "the Nato alliance's newest members, L".
    _rule("bloc-noun-list", _B + r"(?!\s+(?:region|area|space|zone)\b)(?:\s+(?:alliance|bloc|group|grouping)(?:\s+of)?)?(?:['’]s)?[\s-]+" + _MODIFIER + _MEMBER_NOUN
          + _APPOSITION + _L, True),
    # "All members of the G7 -- the US, Japan, ...", "the member states of the SCO: L".
    _rule("members-of-bloc-list", r"\b" + _MEMBER_NOUN + r"\s+of\s+" + _THE + _B
          + r"(?:\s+(?!(?:and|or|nor|but|with|to|from|by|in|on|at|for|against|region|area|space|zone|territory)\b)[a-z]+){0,2}?"
          + _APPOSITION + _L, True),
    # "the members -- Russia, Kazakhstan, ...", "whose members are L", "its founding members include L".
    _rule("members-are-list", r"\b(?:members|member[\s-]states|member[\s-]countries|membership|(?:founding|original)\s+(?:states"
          r"|countries|nations))\s*(?:(?:[—–:]|--)\s*(?:the\s+)?"
          r"|,?\s*(?:(?:now|also|currently|originally|initially)\s+)?(?:are|were|include|included|includes|comprise|comprised"
          r"|comprises|being|namely)\s+(?:the\s+)?)" + _L, True),
    # "BRICS (Brazil, Russia, India, China and South Africa)", "the SCO -- China, Russia, ... --".
    _rule("bloc-parenthesis-list", _B + r"(?:\s+(?:group|grouping|bloc|countries|nations|alliance|members))?"
          r"\s*(?:\(|—|–|--|:)\s*(?:(?:originally|initially|namely)\s+)?(?:the\s+)?" + _L, True),
    # "new members Egypt and Iran", "member countries Japan and India", "four new members: L".
    _rule("qualified-members-list", r"\b(?:member[\s-]+(?:states?|countries|country|nations?)|(?:founding|original|new|newest|full"
          r"|permanent|current|fellow)\s+members?)\s*(?:[,:—–]|--)?\s*(?:(?:such as|including|like|namely)\s+)?(?:the\s+)?" + _L, True),
    # "our APEC colleagues – Chile, Peru and Mexico –", "fellow SCO colleagues Kazakhstan and Uzbekistan".
    _rule("bloc-colleagues-list", r"\b(?:our|their|its|his|her|fellow)\s+(?:fellow\s+)?" + _B + r"[\s-]+colleagues" + _APPOSITION + _L),
    # "All other members endorsed the plan, including L".
    _rule("members-including-list", r"\b(?:members|member states|member countries)\b(?! of)[^§.;]{0,60}?,?\s+"
          r"(?:including|such as|among them|notably)\s+(?:the\s+)?" + _L, True),
    # "presentations from member countries, including Bahrain's report, Oman's plan and Saudi Arabia's bid" (POSSESSIVES).
    _rule("members-including-possessives", r"\b(?:members|member states|member countries)\b(?! of)[^§¶.;]{0,60}?,?\s+"
          r"(?:including|such as|notably)\s+" + _P + r"['’]s?\s"),
    # "Leaders of SCO member states, including Chinese President Xi and Russian President Putin, attended", "The BRICS
    # leaders -- Brazilian President Lula, Indian Prime Minister Modi and ... --" (the leaders' demonyms; LEADER_LISTS).
    _rule("bloc-leaders-demonyms", r"(?:" + _B + r"[\s-]+(?:member[\s-]+(?:states|countries|nations)['’]?\s+)?leaders|\b(?:leaders"
          r"|heads of state|heads of government)\s+of\s+(?:the\s+)?(?:§B(?P<b2>\d+)§[\s-]+(?:member[\s-]+(?:states|countries|nations)"
          r"|members|countries|nations)|(?:member[\s-]+(?:states|countries|nations)|members)\s+of\s+(?:the\s+)?§B(?P<b3>\d+)§))"
          r"\s*(?:,\s*(?:including|such as|among them|notably)\s+|[—–:]\s*|--\s*|\s(?:(?:attending|at|present at|in attendance at)\s+"
          r"[^§;,.]{0,30}?(?:§B\d+§[^§;,.]{0,20}?)?\s+)?(?:included|include|were|are)\s+)"
          # a leader's state by its demonym ("Chinese President Xi"), its name ("Kazakhstan President Tokayev") or its
          # possessive ("Brazil's Lula")
          r"(?:§[DL](?P<l>\d+)§(?=\s+" + LEADER_TITLE + r")|¶P(?P<l2>\d+)¶(?=['’]s?\s+(?-i:[A-Z])))", True),
    # "The leaders of the US, Japan, India and Australia met on Friday in the first-ever summit for the security grouping
    # known as the Quad" (the bloc introduced by what it is called; never a meeting on the sidelines of a summit).
    _rule("leaders-of-list-met-in-summit-of-bloc", r"\b(?:leaders|heads of state|heads of government)\s+of\s+(?:the\s+)?" + _L
          + r"\s+(?:met|gathered|convened)\b(?:(?!sidelines|margins?\b)[^§;]){0,60}?\b(?:summit|meeting)\s+(?:of|for)\s+(?:the\s+)?"
          r"(?:(?:[\w-]+\s+){0,4}?(?:grouping|group|bloc|alliance|forum)|§B\d+§)\s*,?\s*(?:known as|called|dubbed)\s+(?:the\s+)?"
          + _B, True),
    # "Among G20 members, India and Brazil ...".
    # "Among G20 members, India and Brazil ...", "Of the SCO's members, only India refused".
    _rule("among-bloc-members-list", r"(?:\bamong|^\W*of(?=\s))\s+(?:the\s+)?(?:other\s+)?(?:(?:\d+|two|three|four|five|six|seven"
          r"|eight|nine|ten|eleven|twelve)\s+)?" + _B + r"(?:['’]s?)?[\s-]+" + _MODIFIER
          + _MEMBER_NOUN + r"\s*,\s*(?:(?:only|just|both|all)\s+)?(?:the\s+)?" + _L, True),
    # "India, alone among SCO members, refused".
    _rule("list-alone-among-bloc-members", _L + r"\s*,\s*(?:alone|uniquely|almost alone|unusually|first)\s+among\s+(?:the\s+)?"
          r"(?:other\s+|fellow\s+)?" + _B + r"(?:['’]s?)?[\s-]+" + _MODIFIER + _MEMBER_NOUN, True),
    # "Australia, Japan, India and the US -- the four members of the Quad", "L, all members of NATO", "China, a co-founder of the SCO".
    _rule("list-members-of-bloc", _L + r"\s*(?:[,(—–-]|--|,?\s*(?:(?:both|all|each) of\s+)?(?:which|who|whom|that)\s+(?:are|were|is|was))\s*(?:[^,;:§¶.()]{0,50}?\s+and\s+)?"
          r"(?:all\s+|both\s+|each\s+)?"
          r"(?:" + _ARTICLE + r"\s+)?" + _MODIFIER + _MEMBER_ONLY + r"\s+(?:of|in)\s+(?:both\s+)?" + _THE + _B, True),
    # "Kazakhstan, a founding SCO member", "Pakistan, also an SCO member", "Iran (SCO member since 2023)".
    _rule("list-a-bloc-member", _L + r"\s*(?:(?:[,—–]|--)\s*(?:[^,;:§¶.()]{0,50}?\s+and\s+)?(?:" + _ARTICLE
          + r"|both|all|fellow|two|three|four|five|six|(?:the\s+)?(?-i:[A-Z])\w+['’]s|¶P\d+¶['’]s)\s+|\(\s*(?:(?:" + _ARTICLE + r"|both|all)\s+)?)"
          + _MODIFIER + _COORDINATED + _B + r"[\s-]+" + _AFTER_BLOC
          + r"(?:member(?:\s+(?:states?|countries|nations))?|members|nations?|countr(?:y|ies)|states?|ally|allies"
          r"|economy|economies|powers|heavyweights?)\b", True),
    # "India and Pakistan, SCO members since 2017, attended", "Vietnam and Malaysia -- ASEAN members with claims --".
    _rule("list-bloc-members-no-article", _L + r"\s*(?:,|—|–|--)\s*(?:fellow\s+|founding\s+|full\s+)?" + _B + r"[\s-]+(?:founding\s+)?"
          r"(?:members|member states|member countries|allies|founders|co-founders)(?![\w-])(?!\s+of\b)", True),
    # "Germany, the EU's largest economy", "Kenya, one of the AU's founding members", "Indonesia, the bloc's newest member".
    _rule("list-the-blocs-member", _L + r"\s*(?:[,(—–]|--)\s*(?:the\s+|" + _SHARE + r"\s+(?:the\s+)?)?" + _B
          + r"(?:['’]s|['’])\s+(?:(?:[\w-]+\s+){0,5}?(?:members?|member states?|member countries|(?:co-?)?founders?(?![’']))"
          r"|(?:[\w-]+\s+){0,3}?(?:economy|economies|nations?|countr(?:y|ies)|states?))\b", True),
    # "Japan, Australia, India and the US (Quad)", "the Australia-UK-US (AUKUS) partnership".
    _rule("list-parenthesis-bloc", _L + r"\s*\(\s*(?:the\s+)?" + _B + r"\s*\)", True),
    # "Brazil, Russia, India, China and South Africa, the original BRICS, ..." (the list is the bloc).
    _rule("list-the-original-bloc", _L + r"\s*(?:[,(—–]|--)\s*(?:the|its)\s+(?:original|founding|first|core|\w+-member)"
          r"(?:\s+(?:five|four|six|three|founding))?\s+" + _B + r"(?=\s*(?:[,.;:)—–]|--|$))", True),
    # "the Quad alliance that includes India, ...", "the bloc, which comprises L", "Mercosur (comprising L)",
    # "BRICS, an acronym for L", "the GCC, an influential regional group in the Middle East which includes L".
    _rule("bloc-includes-list", _B + r"(?:\s+(?:alliance|group|grouping|bloc|partnership|forum|union|organi[sz]ation|club|countries|nations"
          r"|states|member states|members))?(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:economies|nations|countries|states|democracies))?"
          r"(?:\s*,\s*(?:founded|formed|created|established|set up|launched)\b(?:[^,;.§¶]|,(?=\s*\d{4}\b)){0,100},)?"
          r"(?:\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:group|grouping|bloc|alliance|organi[sz]ation|union|forum|club|body|association"
          r"|community)(?:\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?(?=\s*,?\s*(?:that|which)\s))?"
          r"\s*(?:[,(—–]|--)?\s*(?:(?:that|which)\s+)?(?:(?:now|also|currently|originally|initially|first|until now|so far|to date"
          r"|at present|today)\s+)?(?:includes?|included|including|comprises?|comprising|comprised|consists of|consisting of"
          r"|(?:(?:is|are|was|were|will\s+(?:now\s+)?be)\s+(?:(?:now|also|currently|originally|initially)\s+)?)?(?:made up|composed"
          r"|comprised) of"
          r"|groups|grouped|grouping|brings together|brought together|bringing together|unites|united|uniting"
          r"|(?:an |the )?acronym (?:for|of)|named (?:after|for)|stands for|stood for)\s*:?\s+(?:the\s+(?:[a-z-]+\s+){0,2}?of\s+"
          # "comprises former Soviet republics such as L"
          r"|(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:republics|states|countries|nations|economies|members)\s*(?:,?\s+(?:such as|like|including"
          r"|namely)\s+|[:—–]\s*|--\s*)(?:the\s+)?"
          r"|(?:the\s+)?)" + _L, True),
    # "Initially, it united six states: L", "It now comprises ten members: L" (it: the bloc of the sentence or passage).
    _rule("it-united-counted-list", r"(?:^|[.;]\s+)\W*(?:(?:initially|originally|at first|today|now|currently)\s*,?\s+)?it\s+(?:(?:initially"
          r"|originally|first|now|currently)\s+)?(?:united|unites|comprised|comprises|included|includes|brought together|brings together"
          r"|consisted of|consists of|grouped|groups|has|had)\s+(?:\w+\s+)?(?:(?:founding|full|member)\s+)?(?:states|countries|nations|members)"
          r"\s*(?:[:—–]|--)\s*(?:the\s+)?" + _L, True, needs_bloc=False),
    # "Finland's flag was hoisted at NATO headquarters as it became the 31st member of the alliance" (it: the one state
    # named before it; PRONOUN_SUBJECT).
    _rule("it-became-member-of-bloc", r"\b(?:as|when|after|since|because|and)\s+it\s+(?:officially\s+|formally\s+)?(?:became|has become"
          r"|had become)\s+(?:(?:a|an|the|its)\s+)?(?:(?:full|fully-fledged|full-fledged|formal|permanent|new|newest|latest|\d+(?:st|nd"
          r"|rd|th)|\w+th)\s+)*member\s+of\s+" + _THE + _B),
    # "the group, which currently has Brazil, Russia, India, China and South Africa as founding members".
    _rule("bloc-has-list-as-members", _B + r"(?:\s+(?:group|grouping|bloc|alliance))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:now|currently"
          r"|also|still)\s+)?(?:has|had|counts|counted|lists)\s+(?:the\s+)?" + _L + r"\s+as\s+(?:its\s+)?(?:(?:founding|full|original"
          r"|permanent|current)\s+)?members\b", True),
    # "Australia, India, Japan and the US, known as the Quad", "L, which form the Quad".
    _rule("list-known-as-bloc", _L + r"\s*,?\s*(?:(?:collectively|together|jointly)\s+)?(?:known as|called|dubbed"
          r"|(?:which|who|that)\s+(?:form|formed|make up|made up|founded)|forming|making up)\s+(?:the\s+)?" + _B, True),
    # "the Quad grouping of Australia, India, Japan and the US", "the Quad governments of L".
    # "the AUKUS pact between Australia, the UK and the US", "AUKUS, the security pact between L", "the grouping of L".
    _rule("bloc-of-list", _B + r"\s+(?:group|grouping|bloc|alliance|club|format|partnership|(?:member\s+)?(?:states|nations|countries"
          r"|governments|economies))"
          r"\s+of\s+(?:the\s+)?" + _L, True),
    _rule("bloc-the-pact-of-list", _B + r"\s*(?:,|—|–|--)\s*(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:group|grouping|bloc|alliance|club|partnership|pact|union"
          r"|association|organi[sz]ation|forum|community|coalition)"
          r"\s+(?:of|between|among|linking|comprising)\s+(?:the\s+)?" + _patterns.COUNTED_THEN + r"(?:the\s+)?" + _L, True),
    _rule("bloc-of-many", _B + r"\s+of\s+(?:the\s+)?" + _L, True),
    # "BRICS was founded by Brazil, ...", "the group, founded in 2001 by L".
    _rule("bloc-founded-by-list", _B + r"[^§.;]{0,50}?\b(?:founded|formed|created|established|set up|launched)\b"
          r"(?:[^§.;]{0,30}?\bby\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,4}?(?:[a-z][\w-]*\s*(?:[:—–]|--)\s*)?|" + _FOUNDED_AMONG + r")(?:the\s+)?" + _L + r"(?!\s+in\s+mind\b)"),
    # "It was founded back in 2001 by the leaders of L" (it: the bloc of the sentence or passage).
    _rule("it-was-founded-by-list", r"(?:^|[.;]\s+)\W*it\s+was\s+(?:\w+ly\s+)?(?:founded|formed|created|established|set up|launched)\b"
          r"(?:[^§.;]{0,30}?\bby\s+(?:the\s+(?:leaders|heads of state|presidents|governments|foreign ministers)\s+of\s+)?|" + _FOUNDED_AMONG
          + r")(?:the\s+)?" + _L,
          needs_bloc=False),
    # "the group expanded to include L", "BRICS expanded in 2024, adding L", "the expansion of BRICS to include L".
    _rule("expanded-to-include-list", r"\b(?:expan(?:d|sion)\w*|enlarg\w*|grew|grown|widen\w*|doubled)\b(?:\s+(?:of\s+(?:the\s+)?§B\d+§"
          r"|(?:its|their)\s+(?:membership|ranks)|in\s+\d{4}|in\s+size|to\s+\w+\s+members|last\s+year|this\s+year|again|further|since|rapidly|quickly"
          r"|significantly|dramatically|eastward|on\s+\w+day))*"
          r"\s*(?:\bto\s+(?:include|incorporate|admit|take in|add)|,?\s*(?:adding|admitting|taking in|bringing in|welcoming)"
          r"|with the (?:addition|admission|accession|entry) of)\s+(?:(?:other\s+|new\s+)?(?:countries|nations|states|members|economies)"
          r"\s*,?\s*(?:such as|like|including|namely)\s+)?(?:the\s+)?" + _L),
    # "NATO now has 32 members following the accession of Finland and Sweden", "since Finland's accession to NATO".
    _rule("since-accession-of-list", r"\b(?:since|following|after)\s+(?:the\s+)?(?:accession|admission|entry|addition)\s+of\s+(?:the\s+)?" + _L),
    _rule("since-lists-accession", r"\b(?:since|following|followed|follows|after|marked|marks|completed|completes|celebrated|celebrates)\s+"
          r"(?:§L\d+§\s*,?\s*(?:and|&)\s+(?:the\s+)?)?" + _P
          + _patterns.POSSESSED_MEMBERSHIP + r"(?!\s+(?:would|could|will|might|may|is|are|remains?|seems?|appears?|looks?)\b)",
          needs_bloc=True),  # "since Ukraine's NATO membership would provoke ...": a reason, not a time
    # "Egypt's membership of BRICS took effect on January 1", "Iran's accession to the SCO was completed".
    _rule("lists-accession-took-effect", _P + _patterns.POSSESSED_MEMBERSHIP + r"\s+(?:took effect|takes effect|became (?:effective|official)"
          r"|came into force|(?:was|has been)\s+(?:formally\s+|officially\s+)?(?:completed|finali[sz]ed|formali[sz]ed))\b",
          needs_bloc=True),
    # "Iran joined the SCO", "Egypt, Ethiopia, Iran, UAE join BRICS", "the UAE has said it had joined the bloc",
    # "Timor-Leste was formally admitted into ASEAN".
    _rule("list-joined-bloc", _L + _ASIDE + r"(?:\s*(?:has|have|had|which|who|officially|formally|finally|also|recently|then|later|already"
          r"|itself|in \d{4}|last year|this year|on \w+|(?:has |have )?(?:said|says|announced|confirmed) (?:that )?(?:it|they)"
          r"|,|—|–|--))*?\s+(?:(?:re)?joined|(?:re)?joins|join|acceded to|accedes to|entered|(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
          r"(?:formally\s+|officially\s+|finally\s+)?(?:(?:admitted|accepted|inducted) (?:to|into)|welcomed into))\s+" + _THE + _B),
    # "Finland joined NATO in 2023 and Sweden in 2024": the second subject shares the verb.
    _rule("joined-bloc-and-list-in-year", r"\b(?:joined|acceded to)\s+" + _THE + _B + r"\s+in\s+\d{4}\s*,?\s+(?:and|while|with)\s+"
          r"(?:the\s+)?" + _L + r"\s+in\s+\d{4}\b"),
    # "East Timor admitted as ASEAN's 11th member", "Iran was admitted as a full member of the SCO".
    _rule("list-admitted", _L + r"(?:\s+(?:was|were|has been|have been|had been|is|are))?\s+(?:formally\s+|officially\s+|finally\s+)?"
          r"(?:admitted|accepted|inducted|welcomed)\s+as\s+(?:(?:a|an|its|the)\s+)?(?:" + _B + r"(?:['’]s|['’])\s+" + _MODIFIER
          + r"members?\b|" + _MODIFIER + r"(?:members?|member (?:states?|countries|nations))\s+(?:of|in)\s+(?:the\s+)?§B(?P<b2>\d+)§)"),
    # "Egypt, Ethiopia and Iran were admitted as members in 2024" (of the bloc the sentence or passage is about).
    _rule("list-admitted-as-members", _L + r"\s+(?:was|were|has been|have been|had been)\s+(?:formally\s+|officially\s+|finally\s+)?"
          r"(?:admitted|accepted|inducted|welcomed)\s+as\s+(?:(?:a|an)\s+)?(?:(?:full|new|permanent|full-fledged|fully-fledged)\s+)?"
          r"members?\b(?!\s+of\b)(?!\s+in\s+(?!\d))", needs_bloc=False),
    # "ASEAN admits Timor-Leste as 11th member", "NATO welcomed Finland as its 31st member", "ASEAN admitted Timor-Leste".
    _rule("bloc-admits-list-as-member", _B + _BLOC_ADMITS + r"(?:admit(?:s|ted)?|welcom(?:es|ed|e)|accept(?:s|ed)?|induct(?:s|ed)?"
          r"|add(?:s|ed)|took in|takes in)\s+(?:the\s+)?" + _L + r"\s+as\s+(?:(?:a|an|its|the)\s+)?(?:§B\d+§['’]s?\s+)?" + _MODIFIER
          + r"members?\b(?!\s+of)"),
    # "Leaders welcomed Timor-Leste as the bloc's 11th member", "the summit admitted Iran as a full member of the SCO"
    # (whoever does the admitting).
    _rule("verb-list-as-blocs-member", r"\b(?:admit(?:s|ted|ting)?|welcom(?:es|ed|e|ing)|accept(?:s|ed|ing)?|induct(?:s|ed|ing)?)\s+"
          r"(?:the\s+)?" + _L + r"\s+as\s+(?:(?:a|an|its|the)\s+)?(?:" + _B + r"(?:['’]s|['’])\s+" + _MODIFIER + r"members?\b|"
          + _MODIFIER + r"(?:members?|member (?:states?|countries|nations))\s+(?:of|in)\s+(?:the\s+)?§B(?P<b2>\d+)§)"),
    # "formally admitting Timor-Leste, also known as East Timor, into the regional bloc", "welcomed Finland into NATO".
    _rule("verb-list-into-bloc", r"\b(?:admit(?:s|ted|ting)?|accept(?:s|ed|ing)?|induct(?:s|ed|ing)?)\s+(?:the\s+)?" + _L + _ASIDE
          + r"\s*(?:in)?to\s+" + _THE + _B),
    _rule("welcomed-list-into-bloc", r"\bwelcom(?:es|ed|e|ing)\s+(?:the\s+)?" + _L + _ASIDE + r"\s*into\s+" + _THE + _B),
    # "The SCO, founded in 2001 by ..., later added India and Pakistan".
    _rule("bloc-later-added-list", _B + r"[^.;]{0,150}?\b(?:later|since|subsequently|then|gradually)\s+(?:added|admitted|took in)\s+"
          r"(?:the\s+)?" + _L),
    _rule("bloc-admits-list", _B + _BLOC_ADMITS + r"(?:admit(?:s|ted)|took in|takes in)\s+(?:the\s+)?" + _L),
    # "Sweden completed its accession to NATO", "Iran secured full membership of the SCO", "Bolivia was granted full
    # membership of Mercosur".
    _rule("list-gained-membership", _L + r"(?:\s+(?:has|have|had|was|were|officially|formally|finally|also))*\s+(?:completed"
          r"|finali[sz]ed|secured|gained|obtained|won|received|attained|acquired|granted|holds|held|retains|retained)\s+"
          r"(?:its\s+|their\s+)?(?:full\s+|formal\s+)?(?:(?:membership|accession|admission|entry)\s+(?:of|in|to|into)\s+(?:both\s+)?"
          r"(?:the\s+)?" + _B + r"|§B(?P<b2>\d+)§\s+membership(?!\s+(?:talks|bid|application|negotiations|process|aspirations|hopes"
          r"|prospects|request|ambitions)\b))"),
    # "Indonesia, the first Southeast Asian country to join BRICS", "Indonesia became the first ... to join BRICS".
    _rule("list-first-to-join", _L + r"(?:\s*(?:[,(—–]|--)\s*|" + _COPULA + r"\s+)(?:the|an?)\s+" + _ORDINAL
          + r"\s+(?:[\w-]+\s+){0,4}?(?:to\s+(?:join|enter|be admitted to)\s+(?:the\s+)?" + _B + r")"),
    # "Sweden and Finland, which were among the countries that joined NATO after ...".
    _rule("list-among-those-who-joined", _L + _COPULA + r"\s+among\s+the\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states|members)"
          r"\s+(?:that|which|who|to)\s+(?:have\s+|had\s+)?(?:joined|join|entered|be admitted to|were admitted to)\s+" + _THE + _B),
    # "The grouping, comprising China, Russia, ..., has since been joined by Iran and Belarus".
    _rule("bloc-since-joined-by-list", _B + r"(?:\s+|[^.;]{0,150}?(?:,\s*|\s+and\s+)(?:which\s+|that\s+)?)(?:has|have|had|was|were)\s+(?:since|later|subsequently|recently|then)\s+"
          r"(?:been\s+)?joined\s+by\s+(?:the\s+)?" + _L),
    # "As BRICS founding members, China and Brazil share ...", "As members of the SCO, China and Russia ...".
    _rule("as-bloc-members-list", r"^\W*as\s+(?:an?\s+)?(?:fellow\s+|founding\s+|full\s+)?(?:" + _B + r"[\s-]+" + _AFTER_BLOC
          + r"(?:members?|member states?|countries|nations|allies)|members?\s+of\s+" + _THE + r"§B(?P<b2>\d+)§)"
          r"[^,;.§¶]{0,60},\s*(?:the\s+)?" + _L, True),
    # "The SCO, which Iran joined in 2023".
    _rule("bloc-which-list-joined", _B + r"\s*,?\s*(?:which|that)\s+(?:the\s+)?" + _L + r"\s+(?:has\s+|have\s+|had\s+)?"
          r"(?:officially\s+|formally\s+|only\s+)?(?:joined|entered|acceded to)\b"),
    # "ASEAN, of which Vietnam is a founding member".
    _rule("bloc-of-which-list-is-member", _B + r"\s*,\s*of which\s+(?:the\s+)?" + _L + r"(?:\s+(?:is|are|was|were|has been|have been"
          r"|became|become))\s+(?:also\s+|all\s+|both\s+)?(?:an?\s+|the\s+)?" + _MODIFIER + r"members?\b"),
    # "Iran became a full member of the SCO", "Italy is a member of the G7", "Indonesia is one of ten members of ASEAN".
    _rule("list-is-member-of-bloc", _L + _CLOSED + _ASIDE + _ADVERBS + _COPULA + r"(?:\s*,[^,;.§¶]{1,30},)?\s+(?:all\s+|both\s+)?(?:" + _ARTICLE + r")?\s*" + _MODIFIER
          + r"(?:member(?:\s+(?:states?|countries|country|nations?))?|members|(?:co-?)?founders?)\s+(?:of|in)\s+(?:both\s+)?" + _THE + _B),
    # "India is a member of the Quad, along with the US, Japan and Australia".
    _rule("member-of-bloc-along-with-list", _COPULA + r"\s+(?:an?|one of the)\s+" + _MODIFIER + r"members?\s+(?:of|in)\s+(?:the\s+)?"
          + _B + r"\s*,?\s*(?:along with|together with|alongside|with|as are|as is)\s+(?:the\s+)?" + _L),
    # "Italy in 2019 became the first and so far only G7 nation to ...", "India is the only SCO member state",
    # "Belarus becomes 10th SCO member".
    _rule("list-is-a-bloc-member", _L + _ASIDE + _ADVERBS + _COPULA + r"\s+(?:also\s+|now\s+|already\s+)?(?:all\s+|both\s+)?(?:(?:"
          + _ARTICLE + r")\s+(?:(?!(?:that|which|who|whom|with|to|from|by|for|against|than)\b)[\w-]+\s+){0,5}?" + _COORDINATED + _B
          + r"[\s-]+(?:member|members|nations?|countr(?:y|ies)|states?|ally|allies|economy|economies)\b"
          # plural, with no article: "Kazakhstan and Kyrgyzstan are EAEU members"
          + r"|(?:(?:fellow|founding|full|new|newest|full-fledged|fully-fledged|permanent)\s+)?§B(?P<b2>\d+)§[\s-]+(?:members|member states"
          r"|member countries|allies)\b"
          # a headline's new member: "Belarus becomes 10th SCO member", "Egypt officially becomes BRICS member"
          + r"|(?<=\bbecomes )(?:" + _ORDINAL + r"\s+)*§B(?P<b3>\d+)§[\s-]+member\b)"),
    # "Indonesia became BRICS' newest member", "Indonesia is one of ASEAN's ten members".
    _rule("list-is-blocs-member", _L + _COPULA + r"\s+(?:" + _SHARE + r"\s+)?(?:the\s+)?" + _B + r"(?:['’]s|['’])\s+"
          + _MODIFIER + r"members?\b"),
    # "Iran became a full member in 2023", "Egypt, Ethiopia, Iran and the UAE became members on January 1",
    # "Iran joined as a full member" (of the bloc the sentence or passage is about).
    _rule("list-became-member", _L + r"(?:\s+(?:in \d{4}|also|now|already|formally|officially|finally))*"
          r"(?:\s*,?\s*(?:which|who)\s+|\s+)(?:(?:became|becomes|has become|have become|had become|was made)\s+(?:(?:(?:a|an|the|its)\s+)?"  # a headline drops the article: "Indonesia becomes full member"
          r"(?:(?:full|fully-fledged|full-fledged|formal|permanent|new|newest|\w+th|ninth|tenth|first)[\s-]+)+member"
          r"|(?:a|an|its)\s+member"
          r"|(?:(?:full|fully-fledged|full-fledged|formal|permanent|new)\s+)?members)"
          r"|joined(?:\s+(?:a year later|later|in \d{4}|last year|this year|on \w+|then))*\s+as\s+(?:(?:an?|the|its)\s+)?"
          r"(?:§B(?P<b>\d+)§['’]s?\s+)?(?:(?:full|fully-fledged|full-fledged|formal|permanent|new|newest|founding|\w+th|ninth|tenth)"
          r"[\s-]+)*members?)\b(?!\s+of)",
          needs_bloc=False),
    # "Brazil, Russia, India, China and South Africa, the five founding members, ..." (of the bloc in context).
    _rule("list-founding-members", _L + r"\s*(?:[,(—–]|--)\s*(?:(?:the|its|all)\s+(?:\w+\s+){0,2}?|(?:now|already)\s+(?:an?\s+|all\s+)?)"
          r"(?:founding|original|full|permanent|current|new|newest)\s+members?\b(?!\s+of)", True, needs_bloc=False),
    # "China and Russia founded the SCO", "Brazil, Russia, India and China make up BRICS", "Iran is part of the SCO",
    # "Kazakhstan has been part of the EAEU", "Armenia and Belarus, which both belong to the CSTO".
    _rule("list-make-up-bloc", _L + _CLOSED + r"(?:\s*,?\s*(?:which|who)\s+|\s+)(?:together\s+|also\s+|all\s+|both\s+)?(?:make up|made up|form"
          r"|formed|comprise|founded|co-founded|round(?:s|ed)? out|(?:(?:is|are|was|were|remains?|forms?|formed|became|becomes|(?:has|have|had)\s+"
          r"(?:long\s+)?(?:been|become))\s+(?:also\s+|all\s+|both\s+)?(?:a\s+)?part of|(?:holds?|held|has|have|had|took|takes|won)\s+(?:a|its)\s+(?:permanent\s+|full\s+)?seat (?:in|on)"
          r")|belongs?\s+(?:only\s+|also\s+|still\s+)?to|(?:is|are|remains?|(?:has|have|had)\s+been)\s+(?:also\s+|all\s+|both\s+"
          r"|already\s+|only\s+|still\s+)?in)\s+" + _THE + _B),
    # "India ... opted out, becoming the only SCO member state not to ...": the sentence's subject.
    # "Italy has exited the scheme, four years after becoming the only G7 nation to sign up" (a time before "becoming"; what
    # the subject did, which names no bloc, is an aside that does not undo the membership).
    _rule("subject-becoming-bloc-member", r"^\W*(?:\w+\s+){0,2}?" + _L + r"(?P<aside>[^§;]{0,160}?)(?:,\s*(?:(?:[\w-]+\s+){0,5}?(?:after|since"
          r"|before|while|when)\s+)?(?:becoming|being|as)|\s+(?:[\w-]+\s+){0,5}?(?:after|since)\s+becoming)\s+"
          r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?" + _B + r"[\s-]+(?:member|nation|country|state)"),
    # "Vietnam and other ASEAN countries", "Russia and its fellow EAEU members", "Vietnam, like other ASEAN members",
    # "Kazakhstan joined other SCO members in ...", "Uzbekistan, together with fellow SCO members ...".
    _rule("list-and-other-bloc", _L + _ADVERBS + _OTHER + r"(?:[\w-]+\s+)?" + _B + r"[\s-]+" + _MODIFIER
          + r"(?:" + _MEMBER_NOUN + r"|leaders|heads of (?:state|government))", True),
    _rule("list-and-other-members-of-bloc", _L + _ADVERBS + _OTHER + r"(?:[\w-]+\s+)?" + _MEMBER_NOUN + r"\s+of\s+" + _THE + _B, True),
    # "China stands ready to collaborate with other SCO member states", "China is ready to work with other member
    # countries" (the bloc of the sentence or passage).
    _rule("list-works-with-other-members", _L + r"(?:\s+(?!(?:and|or|but|while|whereas|unlike|than|not)\b)[\w-]+){1,6}?\s+with\s+"
          r"(?:its\s+|their\s+|the\s+)?(?:other|fellow)\s+(?:(?:the\s+)?§B(?P<b>\d+)§[\s-]+)?(?:member[\s-]+(?:states|countries|nations)|members"
          r"|allies)\b(?:\s+of\s+(?:the\s+)?§B(?P<b2>\d+)§)?(?!\s+of\b)", needs_bloc=False),
    # "Tehran proposed ... for nations in the SCO, of which it is a member, along with Russia and India".
    _rule("of-which-it-is-a-member", _B + r"\s*,\s*of which\s+(?:it|they|both)\s+(?:is|are|was|were)\s+(?:a\s+|all\s+)?"
          + _MODIFIER + r"(?:members?|(?<=the )(?:[\w-]+\s+)?(?:economy|country|state|nation))\b(?P<along>\s*,?\s*along with\s+(?:the\s+)?" + _L + r")?"),
    # "India hosted the Quad, the grouping it forms with the US, Japan and Australia".
    _rule("bloc-it-forms-with-list", _B + r"\s*,\s*(?:§B\d+§|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|grouping|bloc|alliance"
          r"|partnership|club|format|forum))\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:forms?|formed|founded|co-founded|leads?|shares?|makes? up)\s+"
          r"(?:together\s+)?with\s+(?:the\s+)?" + _L),
    # "Kazakhstan, which hosted the summit as a member of the SCO", "Peru took part as a full APEC member".
    _rule("list-as-member-of-bloc", _patterns.NOT_PREPOSITION_OBJECT + _L + r"[^§;]{0,60}?\bas\s+(?:(?:a|an|the|its)\s+|(?=(?:fellow\s+)?§B\d+§[\s-]+(?:members|allies)\b))" + _MODIFIER
          + r"(?:members?\s+(?:of|in)\s+(?:the\s+)?" + _B + r"|" + r"(?:the\s+)?" + r"§B(?P<b2>\d+)§[\s-]+(?:member|nation|country|state|all(?:y|ies)\b))"),
    # "India, also a member, has kept its distance" (of the bloc the sentence or passage is about).
    _rule("list-also-a-member", _L + r"\s*,\s*(?:also|itself|too|likewise)\s+(?:an?\s+)?(?:full\s+|founding\s+)?member(?:\s+state)?"
          r"\s*(?:,|$)", needs_bloc=False),
    # "tensions between two of its members, India and Pakistan", "one of its founding members, Kazakhstan,".
    _rule("share-of-its-members-list", r"\b(?:one|two|three|four|five|several|some|all|both)\s+of\s+its\s+(?:founding\s+|full\s+"
          r"|original\s+|newest\s+|new\s+|biggest\s+|largest\s+)?members\s*(?:[,:—–]|--)\s*(?:the\s+)?" + _L, True, needs_bloc=True),
    # "The Shanghai bloc now counts China, Russia, Iran and Belarus among its members".
    _rule("bloc-counts-list-among-members", _B + r"[^.;§]{0,80}?\b(?:counts?|counted|numbers?|lists?)\s+(?:the\s+)?" + _L
          + r"\s+among\s+its\s+(?:[\w-]+\s+)?members\b"),
    # "The three partners of the AUKUS pact - Australia, Britain and the United States -" (counted partners are its members).
    _rule("counted-partners-of-bloc-list", r"\b(?:two|three|four|five|six|seven)\s+(?:founding\s+)?partners\s+(?:of|in)\s+" + _THE + _B
          + r"(?:\s+(?:[\w-]+\s+)?(?:pact|partnership|alliance|grouping|group|bloc|dialogue))?" + _APPOSITION + _L, True),
    # "Founded in 2001 by China, Russia, ..., the SCO later admitted India" (an opening participle phrase).
    _rule("founded-by-list-bloc", r"^\W*(?:(?:originally|first|jointly)\s+)?(?:founded|formed|created|established|set up|launched)\b"
          r"[^§.;]{0,30}?\bby\s+(?:the\s+)?" + _L + r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?§B(?P<b>\d+)§"),
    # "Malaysia's Prime Minister Anwar Ibrahim urged fellow Asean members to ...": the speaker's state is one of them.
    _rule("speaker-urged-fellow-members", _P + r"['’]s?(?:\s+[\w.-]+){0,6}?\s+(?:has\s+|have\s+|had\s+|also\s+)?" + _FELLOW,
          needs_bloc=False),
    _rule("list-urged-fellow-members", _L + _ADVERBS + r"\s+(?:has\s+|have\s+|had\s+|also\s+)?" + _FELLOW, needs_bloc=False),
    # "Saudi Arabia and the UAE, the two largest economies in the GCC", "Indonesia, the most populous country in ASEAN".
    _rule("list-the-largest-in-bloc", _L + r"(?:\s*(?:[,(—–]|--)\s*|" + _COPULA + r"\s+)(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:economy|economies|members?"
          r"|states?|countries|country|nations?|producers?|powers?)\s+(?:in|of|within)\s+" + _THE + _B, True),
    # "India, like China, is a founding member of BRICS": the state it is likened to.
    _rule("subject-which-like-list-is-member", _L + r"\s*,\s*(?:which|who)\s+(?:just\s+)?(?:like|as does|as do)\s+(?:the\s+)?§L\d+§\s*,?\s*"
          r"(?:is|was|are|were|has been|became)\s+(?:also\s+)?(?:an?|one of the)\s+" + _MODIFIER + r"members?\s+(?:of|in)\s+" + _THE + _B),
    _rule("like-list-is-member", r"\b(?:like|as does|as do|just like)\s+(?:the\s+)?" + _L + r"\s*,\s*(?:is|was|are|were|has been|became)\s+"
          r"(?:also\s+)?(?:an?|one of the)\s+" + _MODIFIER + r"members?\s+(?:of|in)\s+" + _THE + _B),
    # "Finland marked the first anniversary of its NATO membership", "since their EU accession".
    _rule("list-anniversary-of-its-membership", _L + r"[^§¶.;]{0,60}?\b(?:anniversary of|since|following|after|years? of)\s+"
          r"(?:its|their)\s+(?:full\s+)?(?:§B(?P<b>\d+)§\s+(?:membership|accession)|(?:membership|accession)\s+(?:of|in|to)\s+"
          + _THE + r"§B(?P<b2>\d+)§)(?!\s+(?:bid|application|talks|negotiations|aspirations|hopes|prospects|request|process|path"
          r"|ambitions|drive|push|plans?)\b)"),
    # "it joined BRICS in January alongside Egypt, Ethiopia and the UAE": those it joined with joined too.
    _rule("joined-bloc-alongside-list", r"\b(?:joined|joins|acceded to|were admitted to|was admitted to)\s+" + _THE + _B
          + r"(?:\s+(?:in|on|at|last|this|from|since)(?:\s+[\w-]+){1,3}?)?\s*,?\s*(?:alongside|along with|together with)\s+"
          r"(?:the\s+)?" + _L),
    # "Armenia and Kyrgyzstan joined in 2015, bringing the union to five members", "Iran, which joined last year," "Iran was
    # admitted in 2023" (the bloc the passage is about).
    _rule("list-joined-in-year", _L + r"(?:\s*,\s*(?:which|who))?\s+(?:(?:has|have|had)\s+)?(?:also\s+|later\s+|subsequently\s+|then\s+"
          r"|only\s+)?(?:joined|acceded|(?:was|were|has been|have been)\s+admitted)\s+"
          + _patterns.JOIN_TIME + r"(?!\s*[-–])(?!\s+(?:the|a|an|its|their)\s)"
          r"(?!\s*,?\s*as\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:observer|partner|guest|associate)s?\b)", needs_bloc=False),
    # "Hungarian Prime Minister Viktor Orban, whose country is a member of both the EU and NATO".
    _rule("demonym-whose-country-is-member", _D + r"[^§¶;.]{0,60}?" + _WHOSE_COUNTRY),
    _rule("possessive-whose-country-is-member", _P + r"['’]s?[^§¶;.]{0,60}?" + _WHOSE_COUNTRY),
    # "the Chinese and Russian members".
    _rule("demonym-members", r"\bthe\s+" + _D + r"\s+(?:members|member states|member countries)\b"
          r"(?:\s+of\s+(?:the\s+)?" + _B + r")?", needs_bloc=False),
] + MAKEUP_RULES + PASSING_RULES + VARIANT_RULES + COUNTED_RULES + PRONOUN_RULES + HISTORY_RULES + CHAIR_RULES + FRONTED_RULES + FAR_RULES \
    + TOLD_AFTER_RULES
