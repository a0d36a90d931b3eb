"""The building blocks of the membership patterns (membership_rules.py): the placeholders of a sentence's skeleton
and the stretches of English that stand between them ("the 27-nation", "which is", "one of the", "formally")."""

from __future__ import annotations

# Placeholders in the skeleton.
LIST = r"§L(?P<l>\d+)§"
BLOC = r"§B(?P<b>\d+)§"
DEMONYM = r"§D(?P<l>\d+)§"
POSSESSIVE = r"¶P(?P<l>\d+)¶"  # a state named with a possessive: "Finland's accession"

MEMBER_NOUN = (r"(?:member[\s-]+(?:states?|countries|country|nations?|economies|economy|governments?)|members?|countries|nations"
                r"|states|economies|allies|ally|governments|democracies|powers|heavyweights?|newcomers?|producers|(?:co-?)?founders)")
MODIFIER = r"(?:(?!(?:is|are|was|were|be|been|has|have|had|not|of|to|with|for|from|by|near|than)\b)[\w-]+(?:,\s*|[\s-]+)){0,2}?"  # "founding", "full", "five founding"
MEMBER_ONLY = r"(?:member[\s-]+(?:states?|countries|country|nations?|economies|economy)|members?|allies|(?:co-?)?founders?)"
# "and other", "like fellow", "together with its fellow", "joined other": the list shares the others' membership.
OTHER = (r"\s*(?:,|—|–|--)?\s*(?:and|as well as|with|along with|together with|alongside|like|unlike|joined|joins|joining)\s+"
          r"(?:its\s+|their\s+)?(?:other|fellow|the other)\s+")
# "the", "the 27-nation", "the six-member": before a bloc's name.
BEFORE_BLOC = r"(?:the\s+){0,2}(?:[\w]+-(?:nation|member|country|state|strong|led|backed|dominated)\s+)?"
# Adjectives between a bloc and its member noun: "an SCO founding member".
AFTER_BLOC = r"(?:(?:founding|full|fully-fledged|full-fledged|original|new|newest|permanent|core|key|leading|major)[\s-]+)?"
# A relative clause set off by commas between a subject and its verb: "Saudi Arabia, which was invited to join BRICS,
# is also a member of the GCC" (what it says is not read as negating the membership).
# An aside: no comma inside (read in one pass) but the one of a date ("established on June 15, 2001,").
ASIDE = r"(?:\s*,\s*(?P<aside>(?:[^,;.§¶]|§[BL]\d+§|,(?=\s*\d{4}\b)){1,100}+)\s*,)?"
# Blocs named before the one a member noun follows: "a G20 and BRICS member".
COORDINATED = r"(?P<pre>(?:§B\d+§\s*(?:,|and|&|/)\s*(?:the\s+)?)*)"
APPOSITION = (r"\s*(?:[,:(—–-]|--)?\s*(?:(?:such as|like|including|namely|notably|among them|in particular|particularly"
               r"|especially|i\.e\.,?)\s+)?(?:the\s+)?")
# "is", "has long been", "has remained", "will remain", "continues to be", "was made" (a member).
COPULA = (r"(?:\s*,?\s*(?:which|who)\s+(?:\w+ly\s+)?|\s+)(?:is|was|are|were|became|becomes|become|becoming|remains?|remained|being"
           r"|(?:has|have|had)\s+(?:\w+ly\s+|long\s+)?(?:been|become|remained)|will\s+remain|(?:continues|continue|continued)\s+to\s+be"
           r"|(?:was|were|has been|have been)\s+made)")
# "one of", "two of", "among": a share of the members.
SHARE = r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|most|each|all|both) of|among)"
# Words that rank a new member: "Belarus becomes 10th SCO member".
ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|newest|latest|full|new|founding|full-fledged|fully-fledged)")



# When a state joined, told with no bloc after "joined" ("Egypt joined in January", "South Africa joined a year later",
# "which joined on 1 January 2024"): a year, a month or a date, "last year", a span after an earlier event, never a weekday.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# (one atomic group: what follows the whole time phrase is what the rule's guards look at)
JOIN_TIME = (r"(?>(?:in|on)\s+(?:\w+\s+)?(?:\d{1,2},?\s+)?\d{4}\b|(?:last|earlier this|this)\s+(?:year|month)\b(?![’'-])"
             r"|(?:in|on)\s+(?:early\s+|late\s+|mid-)?(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?\b(?![’'-])"
             r"|(?:a|one|two|three|four|five|six|several|\d{1,2})\s+years?\s+later\b|the\s+(?:following|next)\s+year\b"
             r"|(?:at|by)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the\s+year|\d{4})\b)")

# The title after a leader's demonym: "Chinese President Xi", "Indian Prime Minister Modi".
LEADER_TITLE = (r"(?:President|Prime Minister|Premier|Chancellor|Foreign Minister|Vice President|Deputy Prime Minister|King|Emir"
                r"|Crown Prince|Sultan|State Counsellor|leader|counterpart)\b")
# The dash or bracket that closes a subject list set off from its noun: "Five countries -- L -- make up the EAEU".
CLOSED = r"(?:\s*(?:—|–|--|\)))?"
# Words that may stand between a listed subject and its verb: "Egypt has officially joined", "Iran, in 2023, became".
ADVERBS = (r"(?:\s*,?\s+(?:in \d{4}|also|now|already|formally|officially|finally|all|both|itself|each|too|on \w+day|on \w+ \d{1,2}"
            r"|yesterday|today|last year|this year|last month|this week))*")
# Who acts for a bloc that admits, and when: "NATO leaders on Tuesday formally admitted ...".
BLOC_ADMITS = (r"(?:\s+(?:bloc|grouping|group|alliance|union|club|organi[sz]ation)\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:economies|nations"
                r"|countries|states))?)?"
                r"(?:\s+(?:leaders|members|(?:foreign\s+)?ministers|heads of state(?: and government)?))?(?:\s+(?:on \w+|in \d{4}"
                r"|last \w+|this \w+|earlier this \w+|formally|officially|also|has|have|had|later|since|subsequently|then"
                r"|unanimously))*\s+")
# A verb of addressing one's fellows of a bloc: "urged fellow ASEAN members", "joined its fellow G7 leaders".
FELLOW = (r"(?:urged|urges|called on|calls on|told|tells|asked|asks|joined|joins|met|meets|invited|thanked|warned|pressed|lobbied"
           r"|briefed|reassured|assured|hosted|hosts|welcomed|welcomes|received|receives)\s+(?:its\s+|his\s+|her\s+|their\s+)?fellow\s+"
           r"(?:the\s+)?(?:§B(?P<b>\d+)§[\s-]+)?"
           r"(?:members|member states|member countries|leaders|governments|countries|nations|allies|heads of state)\b(?!\s+of\b)")
# "..., whose country is a member of the EU", "..., whose country is an SCO member": the speaker's state.
# "..., whose countries are all members of the SCO" (the speakers' states).
WHOSE_COUNTRY = (r",\s*whose\s+(?:(?:country|nation|government)\s+(?:is|was|has been|became)\s+(?:also\s+)?(?:an?\s+|one of the\s+)"
                  r"|(?:countries|nations|governments)\s+(?:are|were|have been|became)\s+(?:also\s+|all\s+|both\s+)*)"
                  r"(?:(?:founding|full|permanent)\s+)?(?:members?\s+of\s+(?:both\s+)?(?:the\s+)?§B(?P<b>\d+)§"
                  r"|§B(?P<b2>\d+)§[\s-]+(?:members?|ally|allies|states?))")
# An article or a share before a member noun: "a", "the", "one of the", "two of", "among the".
ARTICLE = r"(?:(?:also\s+|itself\s+|too\s+)?(?:an?|the|another)|" + SHARE + r"(?:\s+the)?)"
# A state's membership after its possessive: "Iran's membership of the SCO", "Iran's full SCO membership", "Finland's NATO
# accession" (never "Turkey's EU membership bid").
POSSESSED_MEMBERSHIP = (r"['’]s?\s+(?:full\s+|formal\s+)?(?:(?:membership|accession|admission|entry)\s+(?:of|in|to|into)\s+"
                        + BEFORE_BLOC + BLOC + r"|(?:full\s+)?§B(?P<b2>\d+)§\s+(?:membership|accession)(?!\s+(?:bid|talks|application"
                        r"|negotiations|process|aspirations|hopes|prospects|request|ambitions|path|drive|push|plans?|status)\b))")
# Those a pact or grouping is "of" when it counts or describes them first: "a grouping of nine former Soviet republics
# including L", "a club of rich democracies such as L".
COUNTED_THEN = (r"(?:(?:[\w-]+\s+){0,4}?(?:republics|states|countries|nations|economies|members|democracies)\s*,?\s*(?:including|such as"
                r"|like|among them|notably|namely)\s+)?")
# A list that is no preposition's object: "Iran signed a deal with Pakistan as a member of the SCO" says Iran is the member.
NOT_PREPOSITION_OBJECT = (r"(?<!\bwith )(?<!\bto )(?<!\bfrom )(?<!\bfor )(?<!\bagainst )(?<!\bbetween )(?<!\bbetween the )"
                          r"(?<!\bwith the )(?<!\bto the )(?<!\bfrom the )")
