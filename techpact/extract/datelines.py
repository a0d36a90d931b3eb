"""Datelines: the place (and often date and agency) a news story opens with.

"TASHKENT (Reuters) —", "SEOUL, Sept. 8 (Yonhap) --", "Abu Dhabi [UAE], February 14 :",
"Washington: The United States ...", or a line holding only "ISTANBUL". The state of a
dateline city is mentioned, but it is where the story was filed, not a party to what the
story reports.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PLACE = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_AGENCY = r"\([^()\n]{1,60}\)"
_REGION = r"\[[^\[\]\n]{1,30}\]"
_DASH = r"(?:—|–|--|-|:)"
# A place, then what only datelines put after a place: a bracketed region, a date, an agency in
# parentheses, or a dash or colon opening the story.
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:\s*{_REGION}|,\s*{_PLACE}(?=\s*[(,])|,\s*{_PLACE}\s*{_REGION})?"
    rf"(?:(?:\s*,\s*{_DATE})(?:\s*{_AGENCY})?\s*(?:{_DASH}\s*)?|\s*{_AGENCY}\s*{_DASH}\s*|\s*{_DASH}\s+)"
)
# A city in capitals, its state, then a dash: "BAKU, Azerbaijan —", "NAIROBI, Kenya --" (a sentence opening
# "Kenya, Ghana - ..." has no city in capitals).
_CITY_STATE = re.compile(rf"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){{0,2}},\s*{_PLACE}\s*(?:—|–|--)\s+")
_UPPER_LINE = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}")
# A bare dash after a place, and a letter in lower case after it (see _opens_aside).
_BARE_DASH = re.compile(r"\s*(?:—|–|--|-)\s+")
_LOWER = re.compile(r"[a-z]")
# What every line _DATELINE or _CITY_STATE reads holds: a date's digit, an agency's "(", or a dash or colon after the
# place. Most lines of a story hold none, and are not tried by either (a scan for one character class instead).
_MARK = re.compile(r"[\d(—–:-]")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where datelines stand: at the start of a line, a place followed by a date, agency or dash.

    A line that is only a place in capitals ("ISTANBUL") is a dateline too.
    """
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        upper = _UPPER_LINE.fullmatch(line.group().strip())
        if upper and not any(ch.islower() for ch in line.group()):
            spans.append((line.start(), line.end()))
            continue
        if not _MARK.search(line.group()):
            continue
        match = _DATELINE.match(line.group()) or _CITY_STATE.match(line.group())
        if match and match.re is _CITY_STATE:
            spans.append((line.start(), line.start() + match.end()))
        elif match and _looks_like_place(match.group("place")) and not _opens_aside(line.group(), match):
            spans.append((line.start(), line.start() + match.end()))
    return spans


def _opens_aside(line: str, match: re.Match) -> bool:
    """Whether a name in mixed case and a bare dash open an aside in lower case rather than a story: "Iran — a member of the
    SCO — signed ..." ("Washington — The United States ..." opens its story with a capital; "TEHRAN — a" is a dateline)."""
    place = match.group("place")
    return not place.isupper() and _BARE_DASH.fullmatch(line, match.end("place"), match.end()) is not None \
        and _LOWER.match(line, match.end()) is not None


def _looks_like_place(place: str) -> bool:
    # "The", "In", "As" open sentences, not datelines; a place is one to three capitalised words.
    return place.split()[0].lower() not in {"the", "in", "on", "at", "as", "a", "an", "it", "this", "that", "by"}
