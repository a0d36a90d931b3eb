"""What a match of a membership pattern says, read in its sentence's skeleton (see memberships.py): the bloc
it names, the lists it reaches, and the words around it that undo it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from techpact.extract.facts import Mention
from techpact.extract.membership_counted_rules import COUNTED_OPENS
from techpact.extract.membership_rules import FOUNDED, JOINED_WITH, JOINING, MEMBER_ALONGSIDE, PREDICATE_LISTS, Rule
from techpact.extract.spelt_gates import Spelt
from techpact.extract.membership_told_after import followed_runs, glued_non, other_body_before, weighed_entry

_I = re.IGNORECASE

# What is said about the members that makes them not members (yet, or any more).
NOT_MEMBER = re.compile(
    r"\b(?:not|never|no longer|non-?members?|former(?:ly)?|ex-members?|observers?|partners?|partner(?:ship)?|dialogue"
    r"|applicants?|applications?|appl(?:y|ies|ied|ying)|candidates?|candidacy|aspir\w*|prospective|would-be"
    r"|potential|future|incoming|soon-to-be|invit\w*|bids?|seek\w*|hop(?:e|es|ed|ing) to|wants? to|wish\w* to|suspended"
    r"|expelled|withdr[ae]w\w*|left|quit|exit\w*|associate|members?-(?:to-be|elect|in-waiting|designate)|once(?!\s+again))\b",
    _I,
)
NOT_AFTER_JOIN = re.compile(r"\s*(?:as (?:an? |its )?(?:\w+ )?(?:observer|partner|dialogue partner|guest|associate)\w*"
                            r"|in (?-i:[a-z]+ing)\b)", _I)
# What may follow a bloc someone joined or was admitted to: the end of a clause, a date, an adverb, a
# conjunction or a preposition ("joined the SCO in 2023", "joins BRICS as full member"); never a noun the
# bloc qualifies ("joined the G7 statement", "the BRICS bank", "NATO's cyber centre").
JOIN_TAIL = re.compile(
    r"\s*(?:$|[,.;:)!?\"”(\[—–]|--|(?:in|on|at|as|last|this|earlier|after|before|alongside|along|together|and|but"
    r"|while|when|despite|following|amid|because|since|during|under|which|that|where|with|from|back|shortly"
    r"|late|early|officially|formally|fully|only|just|effective|two|three|four|five|six|a|an|the|\d+|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b)", _I)
# What may describe a bloc someone joined: "joined the bloc of emerging economies", "joined the BRICS group".
_DESCRIBED = re.compile(r"(?:\s+(?:bloc|grouping|group|alliance|club)\b)?(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:economies|nations|countries"
                        r"|states|democracies|powers)\b)?", _I)
# A membership the clause goes on to end: "which joined the EU in 1973 and left in 2020", "Britain, which joined the EU in
# 1973, left in 2020", "a member of the EU until
# 2020", "which had joined the CSTO, suspended its membership".
ENDED_AFTER = re.compile(
    r"^[^.;]{0,40}?(?:\b(?:left|quit|exited|withdr[ae]w from|pulled out of)\s+(?:it\b|(?:the\s+)?§B\d+§|(?:the\s+)?(?:bloc|union|alliance"
    r"|group|grouping|organi[sz]ation)\b|in\s+\d{4}\b)|\band\s+(?:later\s+|then\s+)?"
    r"(?:left|quit|withdrew)\b|\bsuspended\s+(?:its|their)\s+(?:membership|participation)|\b(?:was|were|has been|had been)\s+"
    r"(?:suspended|expelled)\b)|^\s*,?\s*until\b", _I)
ENDED_AFTER = Spelt(ENDED_AFTER)  # searched on the stretch after a list (a text of its own): its words looked for first
# A membership said under a condition is not stated: "If Ukraine joined NATO", "should Serbia become ...".
CONDITION = re.compile(r"\b(?:if|should|unless|whether|once|until)\s+(?:the\s+)?$", _I)

# When a later member came: "and, since 2024, Bolivia".
_SINCE = r"(?:in \d{4}|last year|this year|later|since \d{4}|more recently|recently|then)"
_PLACEHOLDER = re.compile(r"§[LBD]\d+§|¶P\d+¶")
# "former" of a state that no longer exists is no former membership: "former Soviet republics such as L".
_FORMER_EMPIRE = re.compile(r"\bformer\s+(?:Soviet|Yugoslav|colonial|communist|Warsaw Pact|Eastern Bloc)\b", _I)
# Words that set the first state of a list apart from the rest: "Unlike Russia, Japan ...".
_SET_APART = re.compile(r"\b(?:unlike|besides|except|apart from|other than|rather than|instead of)\s+(?:the\s+)?$", _I)
# A list opened by "neither" of which a membership is said is denied it ("Neither India nor China is a member of NATO");
# an apposition to it still names members ("Neither India nor Brazil, both BRICS members, signed").
_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?$", _I)
_APPOSED_TO_LIST = re.compile(r"§L\d+§\s*(?:,|—|–|--|\()")
# A membership that is only the goal of the clause before it: "working to ensure that Timor-Leste is accepted as a
# member", "so that Ukraine can join NATO".
_GOAL = re.compile(r"\b(?:ensur(?:e|es|ed|ing)|mak(?:e|es|ing) sure|so that|in order that|see to it)\s+(?:that\s+)?(?:the\s+)?$", _I)
# A joining told in the present after "when" is still to come ("When Finland becomes NATO's newest member on Tuesday").
_WHEN = re.compile(r"\bwhen\s+(?:the\s+)?$", _I)
_PRESENT_JOIN = re.compile(r"\b(?:becomes|joins|accedes|enters|is admitted)\b", _I)
# An admission agreed "in principle", or one still to come ("agreed to admit", "will welcome"), is no membership yet.
_ADMITS = re.compile(r"\b(?:admit\w*|accept\w*|welcom\w*|induct\w*)\b", _I)
_IN_PRINCIPLE = re.compile(r"\bin principle\b", _I)
_NOT_YET = re.compile(r"\b(?:to|will|would|could|may|might|shall|should|can|cannot|not|plans? to|set to)\s+$", _I)
# A possessive after the bloc one is said to be a member of: the member is of the bloc's body ("the SCO's business council").
_BLOCS_OWN = re.compile(r"['’]s?\s+(?!(?:newest|new|founding|full|other|fellow)?\s*members?\b)[\w-]", _I)
_TITLE_TO_COME = re.compile(r"-(?:to-be|elect|designate|in-waiting)\b", _I)
_IT_GREW = re.compile(r"\b(?:it|its|they|their|which|membership)\b", _I)
_GROWTH_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might|shall|should|can|cannot|not|is|are)\s+(?:(?:\w+ly|soon|also|further|eventually)\s+)?$", _I)
# A bloc's own head noun is no negation: "the AUKUS partnership".
_BLOC_HEAD = re.compile(r"§B\d+§\s+(?:security\s+)?partnership\b|\b(?:two|three|four|five|six|seven)\s+(?:founding\s+)?partners\s+(?:of|in)\b|\bdialogue\s+between\b|\bpartnership\s+(?:of|between|(?:that\s+|which\s+)?(?:it|they))\b", _I)
# More members added to a predicate list: "BRICS includes L, along with Indonesia", "made up of L, as well as four
# Central Asian countries -- L2".
_MORE_MEMBERS = re.compile(r"\s*,?\s*(?:(?:along with|together with|as well as|plus|and also|in addition to)\s*,?\s*(?:" + _SINCE + r"\s*,?\s*)?"
                           r"|and\s*,?\s*" + _SINCE + r"\s*,?\s*)(?:the\s+)?(?:" + COUNTED_OPENS + r")?§L(\d+)§")
# Those a new member joins or joins with: "became members of BRICS on January 1, joining Brazil, ...".
_JOINED_WITH = re.compile(r"(?:\s+(?:in|on|at|last|this|from|since)(?:\s+[\w-]+){1,3}?)?\s*,?\s*(?:alongside|along with|together with"
                          r"|as did|joining|where (?:it|they) (?:sits?|sat|serves?) (?:alongside|with))\s+(?:the\s+)?§L(\d+)§")
# A member that came after the founders: "founded by L, with South Africa added in 2010", "..., and later Iran".
_ADDED_LATER = re.compile(r"\s*,?\s*(?:with|and)\s+(?:the\s+)?§L(\d+)§\s+(?:(?:later|subsequently|then)\s+)?(?:added|joining|admitted"
                          r"|coming in|brought in)\b", _I)
# An enumeration of members that goes on past items that are not states ("Central Asian states", "the entire European
# Union"): the states after them are members too.
_ENUMERATION = re.compile(r"(?:\s*,\s*(?:(?:the\s+)?(?:entire\s+|whole\s+)?§B\d+§|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:states"
                          r"|countries|nations|republics|economies)))+\s*,\s*(?:and\s+)?(?:the\s+)?§L(\d+)§")
_ALONGSIDE = re.compile(r"\s+(?:alongside|along with|together with|with)\s+(?:the\s+)?§L(\d+)§(?!\s+as\b)")
# A further bloc: "of the SCO and BRICS", "a founding member of the AU and a member of BRICS".
_NEXT_BLOC = re.compile(r"\s*(?:,|and|&|/|as well as)\s*(?:(?:also\s+)?(?:an?\s+)?(?:(?!(?:former|non|partner|observer|associate|candidate|prospective|potential|would-be)\b)[\w-]+\s+)?members?\s+(?:of|in)\s+|(?:of|in)\s+)?"
                        r"(?:the\s+)?§B(\d+)§(?!\s*[’'])", _I)  # "a member of the SCO and of BRICS"


# A bloc that is only the object of a wish or a request to join: "19 countries had asked to join the grouping, including
# L", "countries keen on membership of the bloc, such as L" (the list names the hopefuls, not members).
_WOULD_JOIN = re.compile(r"\b(?:ask\w*|request\w*|interest\w*|keen|eager|want\w*|wish\w*|hop\w*|seek\w*|sought|appl\w*"
                         r"|desir\w*|intend\w*|intention\w*|willing\w*|ready|readiness|lobb\w*"
                         r"|invit\w*|bid|plan\w*|expected|set|could|would|may|might|aspir\w*|queu\w*|lin\w* up)\b[^.;§]{0,25}?"
                         r"\b(?:join|joining|enter|entering|membership\s+(?:of|in)|accession\s+to|admission\s+to|admitted\s+to)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", _I)
_APPOSED = re.compile(r"\b(?:including|such as|like|among them|notably|especially|particularly|in particular)\b", _I)


@dataclass
class Skeleton:
    """A sentence with its lists of states and its blocs replaced by placeholders."""

    text: str
    lists: list[list[Mention]]
    blocs: list[str]
    bloc_at: list[int]  # skeleton offset of each bloc placeholder


def resolve(skeleton: Skeleton, match: re.Match, default_bloc: str | None) -> str | None:
    """The bloc a match speaks of: the one it names, else the last one before it, else the passage's bloc."""
    named = _named_bloc(match)
    if named is not None:
        return skeleton.blocs[int(named)]
    before = [code for at, code in zip(skeleton.bloc_at, skeleton.blocs) if at < match.start()]
    if before:
        return before[-1]
    return default_bloc


def _named_bloc(match: re.Match) -> str | None:
    """The index of the bloc placeholder the pattern itself names, if it names one."""
    groups = match.groupdict()
    return groups.get("b") or groups.get("b2") or groups.get("b3")


# An apposition to one state ends in a singular noun: "Russia, the Quad nations" is no apposition ("To counter Russia,
# the Quad nations agreed"), nor is a bloc noun that itself opens a list ("..., the G7 countries -- A, B and C --").
_APPOSED_RULES = ("list-a-bloc-member", "list-the-blocs-member")
_THE_PLURAL = re.compile(r"^§L(?P<l>\d+)§\s*(?:[,—–]|--)\s*the\s.*\b(?:members|member states|member countries|member nations"
                         r"|nations|countries|states|allies|economies|powers|heavyweights)$", _I)
_OPENS_LIST = re.compile(r"\s*(?:[—–:(]|--)\s*(?:namely\s+|including\s+)?(?:the\s+)?§L\d+§")


def _no_apposition(skeleton: Skeleton, match: re.Match) -> bool:
    plural = _THE_PLURAL.match(match.group())
    if plural and len({m.code for m in skeleton.lists[int(plural.group("l"))]}) == 1:
        return True
    return bool(_OPENS_LIST.match(skeleton.text, match.end()))


# What a list is said to be right after it, when that is no membership: "... include Iran and Iraq as partners".
_AS_NON_MEMBER = re.compile(r"\s*,?\s*as\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+)?(?:observer|partner|dialogue partner|guest|associate"
                            r"|candidate|applicant|invitee)", _I)
# A list after a comma that a verb of saying follows is who said it: "... admitted Nigeria as a full member, Brazil said".
_SAYER = re.compile(r",\s*(?:the\s+)?§L\d+§$")
# A match that runs from the words around a quote into it: what the quote says is the speaker's, not the list's before it.
_INTO_QUOTE = re.compile(r"\b(?:said|says|told\s+\w+|added|stated|declared|noted)\s*(?::\s*[\"“]?|,\s*[\"“])", _I)
_SAID = re.compile(r"\s+(?:said|says|told|announced|added|noted|stated|reported|confirmed)\b", _I)


# Rules that name members in a noun phrase (an apposition to the bloc's member noun): a condition on the clause they
# stand in ("If member states, including Germany, continue to delay") is no condition on the membership.
_NAMED_BY_NOUN = ("bloc-noun-list", "members-of-bloc-list", "qualified-members-list", "members-including-list",
                  "bloc-parenthesis-list")
# A counted set of members before its noun: "the 27 EU member states", "all ten members of ASEAN".
_COUNTED_SET = re.compile(r"\b(?:the|all|its|their|our)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"\s*(?:§B\d+§[\s-]*)?$", _I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
            "twelve": 12}


def _counted_set_overrun(skeleton: Skeleton, match: re.Match, rule: Rule) -> bool:
    """Whether a list after a counted set of members is too short to be that set: it goes on with other items ("in the 27
    EU member states, Norway, Switzerland and the UK"), unless it only names some of them ("the 27 member states,
    including Germany")."""
    if rule.name not in _NAMED_BY_NOUN or _APPOSED.search(match.group()):
        return False
    counted = _COUNTED_SET.search(skeleton.text, max(0, match.start() - 20), match.start())
    if counted is None or match.groupdict().get("l") is None:
        return False
    number = counted.group(1).lower()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    return len({m.code for m in skeleton.lists[int(match.group("l"))]}) < count - 1


def _admission_not_yet(text: str, match: re.Match) -> bool:
    """Whether the admission a match tells is agreed only in principle or still to come."""
    window = max(0, match.start() - 40)
    verbs = list(_ADMITS.finditer(text, window, match.end()))
    if not verbs:
        return False
    return bool(_IN_PRINCIPLE.search(text) or _NOT_YET.search(text[:verbs[-1].start()]))


# What a clause goes on to leave, blocs coordinated with it too: "left the CIS and the CSTO".
_LEFT_BLOCS = re.compile(r"[^§]*(?:§B\d+§(?:\s*(?:,|and|&)\s*(?:the\s+)?(?=§B))?)*")


def _another_bloc_left(skeleton: Skeleton, match: re.Match, ended: re.Match) -> bool:
    """Whether what the clause goes on to leave is another bloc than the match's: "Hungary, an EU member, left NATO"."""
    after = skeleton.text[match.end() + ended.start():match.end() + ended.end() + 40]
    left = {skeleton.blocs[int(index)] for index in re.findall(r"§B(\d+)§", _LEFT_BLOCS.match(after).group())}
    own = {skeleton.blocs[int(index)] for index in re.findall(r"§B(\d+)§", match.group())}
    return bool(left and own and not left & own)


# Words that make the member noun or "membership" after them a thing sought, not held: "Candidates for membership
# include L", "Applicants for full membership are L", "Nations seeking membership include L", "bids for membership".
_SOUGHT = re.compile(r"\b(?:candidates?|candidacy|applicants?|applications?|bids?|contenders?|hopefuls?|requests?|aspirants?"
                     r"|seeking|seek|sought|applying|applied|bidding|eligible|queue|path|road|route)\s+(?:for|to|towards?)?\s*"
                     r"(?:full\s+|formal\s+|permanent\s+)?$", _I)


def negated(skeleton: Skeleton, match: re.Match, rule: Rule) -> bool:
    """Whether the match speaks of observers, partners, applicants or former members rather than members,
    under a condition ("if Ukraine joined NATO"), or of joining something the bloc owns ("joined the BRICS bank")."""
    said = match.group()
    if rule.name in _APPOSED_RULES and _no_apposition(skeleton, match):
        return True
    if _SAYER.search(said) and _SAID.match(skeleton.text, match.end()):
        return True
    if _INTO_QUOTE.search(said):
        return True  # 'X, speaking beside Thai officials, said: "As a member of BRICS, we ..."': the quote is the speaker's
    if said.endswith("§") and (_AS_NON_MEMBER.match(skeleton.text, match.end()) or _NON_MEMBER_TAIL.match(skeleton.text, match.end())):
        return True  # "The GCC countries include Iran and Iraq as partners"
    if said.endswith("§") and _BLOCS_OWN.match(skeleton.text, match.end()):
        return True  # "Iran, a member of the SCO's business council": a member of what the bloc owns
    if match.groupdict().get("aside"):  # a relative clause set off by commas says something else
        said = skeleton.text[match.start():match.start("aside")] + skeleton.text[match.end("aside"):match.end()]
    words = _FORMER_EMPIRE.sub(" ", _PLACEHOLDER.sub(" ", _BLOC_HEAD.sub(" ", said)))
    if NOT_MEMBER.search(words):
        return True
    before = _PLACEHOLDER.sub(" ", skeleton.text[max(0, match.start() - 25):match.start()])
    if re.search(r"\b(?:former|prospective|would-be|aspiring|potential|candidates?|future|non|observers?|(?:dialogue\s+)?partners?"
                 r"|guests?|applicants?|invitees?)\W*$", before, _I):  # "Observers Mongolia and other members"
        return True
    if glued_non(skeleton.text, match.start()):
        return True  # "non-BRICS member states, such as Turkey"
    if _named_bloc(match) is None and other_body_before(skeleton.text, match.start(), any(
            at < match.start() for at in skeleton.bloc_at)):
        return True  # "The Arab League met, and Egypt and Jordan became its full members"
    if said.startswith("§L") and weighed_entry(skeleton.text, match.start()):
        return True  # "discussing the entry of Bolivia as the newest member"
    if _SOUGHT.search(before):
        return True  # "Candidates for membership include Turkey", "Countries seeking full membership are L": not members
    if _TITLE_TO_COME.match(skeleton.text, match.end()):
        return True  # "Iran, an SCO member-designate": the member noun's suffix says it is still to come
    if match.group().startswith("§B") and _APPOSED.search(match.group()) \
            and _WOULD_JOIN.search(skeleton.text[max(0, match.start() - 60):match.start()]):
        return True
    if CONDITION.search(skeleton.text, max(0, match.start() - 12), match.start()) and rule.name not in _NAMED_BY_NOUN:
        return True  # "If Ukraine joined NATO"; but "If member states, including Germany, delay" still names a member
    if _counted_set_overrun(skeleton, match, rule):
        return True
    if said.startswith("§L") and _SET_APART.search(skeleton.text, max(0, match.start() - 15), match.start()):
        return True  # "Unlike Russia, Japan works with other G7 members": the list also holds the one set apart
    if said.startswith("§L") and _NEITHER.search(skeleton.text, max(0, match.start() - 12), match.start()) \
            and not _APPOSED_TO_LIST.match(said):
        return True  # "Neither India nor China is a member of NATO"
    if said.startswith("§L") and _GOAL.search(skeleton.text, max(0, match.start() - 25), match.start()):
        return True  # "to ensure that Timor-Leste is accepted as a member": a goal, not a membership
    if _WHEN.search(skeleton.text, max(0, match.start() - 12), match.start()) and _PRESENT_JOIN.search(said):
        return True  # "When Finland becomes the alliance's newest member on Tuesday": still to come
    if _admission_not_yet(skeleton.text, match):
        return True
    if rule.name == "expanded-to-include-list" and _GROWTH_TO_COME.search(skeleton.text, max(0, match.start() - 30), match.start()) \
            and not match.group().lower().startswith(("expanded", "enlarged", "grew", "grown", "widened")):
        return True  # "BRICS may expand to include L", "is set to expand", "is expanding to include L": still to come
    if rule.name == "expanded-to-include-list" and "§B" not in skeleton.text[:match.end()] \
            and not _IT_GREW.search(skeleton.text, max(0, match.start() - 40), match.start()):
        return True  # "Trade grew in 2024, adding L": what grew is no bloc
    if (ended := ENDED_AFTER.search(skeleton.text[match.end():match.end() + 80])) and not _another_bloc_left(skeleton, match, ended):
        return True
    if rule.name in JOINING:
        if NOT_AFTER_JOIN.match(skeleton.text, _DESCRIBED.match(skeleton.text, match.end()).end()):
            return True  # "joined the BRICS group as a partner country"
        if match.group().endswith(("§", "¶")) and not JOIN_TAIL.match(skeleton.text, _DESCRIBED.match(skeleton.text, match.end()).end()):
            return True
    return False


# What a list added to the members may say of itself that makes it no member: "along with Turkey as an observer",
# "alongside Mongolia, an observer", "together with Laos, which is a dialogue partner".
_NON_MEMBER_TAIL = re.compile(r"\s*,?\s*(?:as\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?partners?\b|(?:as\s+(?:an?\s+|its\s+|their\s+)?|,\s*an?\s+"
                              r"|(?:which|who)\s+(?:is|are|was|were|has been|have been)\s+(?:only\s+|still\s+|just\s+)?(?:an?\s+|its\s+"
                              r"|their\s+)?)(?:[\w-]+\s+)?(?:observers?|dialogue partners?|partner (?:country|countries|state|states|nations?)"
                              r"|guests?|associate|candidates?|applicants?|invitees?)\b)", _I)


def more_runs(text: str, at: int, rule: Rule) -> list[str]:
    """Lists that continue a member list past its end: "includes L, along with L2", "joined BRICS, alongside L2",
    "founded by L, with L2 added in 2010"."""
    runs = []
    if rule.name in FOUNDED and (added := _ADDED_LATER.match(text, at)):
        runs.append(added.group(1))
    pattern = _MORE_MEMBERS if rule.name in PREDICATE_LISTS else _JOINED_WITH if rule.name in JOINED_WITH else None
    if rule.name in MEMBER_ALONGSIDE and (more := _ALONGSIDE.match(text, at)):
        runs += [] if _NON_MEMBER_TAIL.match(text, more.end()) else [more.group(1)]
        at, pattern = more.end(), _MORE_MEMBERS
    while pattern is not None and (more := pattern.match(text, at)):
        runs += [] if _NON_MEMBER_TAIL.match(text, more.end()) else [more.group(1)]
        at, pattern = more.end(), _MORE_MEMBERS
    if rule.name in JOINING:  # "joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997"
        runs += followed_runs(text, at)
    if rule.name in PREDICATE_LISTS:  # "include Canada, Central Asian states, the entire European Union, Britain and Ukraine"
        while more := _ENUMERATION.match(text, at):
            runs.append(more.group(1))
            at = more.end()
    return runs


_WITH_ASIDE = re.compile(r"\s*(?:along with|together with|as well as|alongside|like)\b", _I)


def aside_runs(match: re.Match) -> list[str]:
    """Lists in an aside that adds states to the subject: "Kazakhstan, along with Russia and Belarus, is a founding member"."""
    aside = match.groupdict().get("aside")
    if not aside or not _WITH_ASIDE.match(aside):
        return []
    return re.findall(r"§L(\d+)§", aside)


# The states a possessive closes a list of: "Egypt, Ethiopia, Iran and the UAE's accession" (one possessive for all).
_CO_POSSESSORS = re.compile(r"§L(\d+)§\s*,?\s*(?:and|&)\s+(?:the\s+)?$", re.I)


def co_possessors(text: str, match: re.Match) -> list[str]:
    """The list before a possessive placeholder that shares its possessive: "Egypt and Ethiopia's accession"."""
    at = match.start("l") - 2 if match.groupdict().get("l") and text.startswith("¶P", match.start("l") - 2) else None
    found = _CO_POSSESSORS.search(text, max(0, at - 30), at) if at is not None else None
    return [found.group(1)] if found else []


def coordinated_blocs(skeleton: Skeleton, match: re.Match) -> list[str]:
    """Blocs joined to the one a match names: "a member of both the EAEU and the CSTO", "a G20 and BRICS member"."""
    more = [skeleton.blocs[int(index)] for index in re.findall(r"§B(\d+)§", match.groupdict().get("pre") or "")]
    named = _named_bloc(match)
    if named is None or not match.group().endswith(f"§B{named}§"):
        return more
    return more + following_blocs(skeleton, match.end())


def following_blocs(skeleton: Skeleton, at: int) -> list[str]:
    """Blocs coordinated after the bloc that ends at `at`: "... of the SCO, BRICS and the EAEU"."""
    more = []
    while (nxt := _NEXT_BLOC.match(skeleton.text, at)) and JOIN_TAIL.match(skeleton.text, nxt.end()):
        more.append(skeleton.blocs[int(nxt.group(1))])
        at = nxt.end()
    return more


def foreign_owner(text: str, at: int) -> bool:
    """Whether "members" belong to something other than a bloc: "the platform's members", "members of the board"."""
    owner = re.search(r"(\w+|¶P\d+¶)['’]s?\s+(?:\w+\s+)?$", text[max(0, at - 30):at])
    return bool(owner) and owner.group(1).lower() not in ("bloc", "group", "grouping", "alliance", "organisation", "organization")


def subject_list(skeleton: Skeleton, before: int) -> int | None:
    """The sentence's first listed states when they open it, after any dateline: "Kazakhstan, ... of which it is a
    member", "NEW DELHI (PTI) -- India hosted the Quad, the grouping it forms with ..."."""
    first = re.match(r"^\W*(?:[^§¶.]{0,60}?(?:—|–|--)\s*)?(?:\w+\s+){0,2}?§L(\d+)§", skeleton.text[:before])
    return int(first.group(1)) if first else None
