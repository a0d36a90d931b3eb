r"""Leaders' surnames are found in one Aho-Corasick pass exactly where the pattern r"\b(?:N1|N2|...)\b(?![\w-])" (longest
name first) finds them: as whole words, left to right, the longest at a place, never overlapping."""

from __future__ import annotations

import re

from techpact.extract.people import _whole_names
from techpact.extract.sentences import split_sentences

from .conftest import CORPUS

NAMES = ["Modi", "Xi", "Putin", "Sisi", "el-Sisi", "Lula", "Lula da Silva", "Li", "Kim", "Yoon", "Macron", "O'Neill", "Ruto"]
WRITTEN = [
    "Modi met Xi; Modi's aide and Xi-era rules, Modis, XiModi, _Xi, Xi_ and Putin-led talks; Sisi and el-Sisi, al-Sisi.",
    "Lula da Silva, Lula and President Lula da Silvas met Li, Li Qiang, Kim's envoy, Kimchi and Yoon; O'Neill and O'Neills.",
    "Xi", "Modi.", "(Putin)", "Macron—Ruto", "Ruto-Macron", "", "Éxi Xi2 Xi Xi",
]


def _pattern_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b(?![\w-])")
    return [match.span() for match in pattern.finditer(text)]


def test_surnames_stand_where_the_pattern_finds_them():
    texts = WRITTEN + [span.text for path in sorted(CORPUS.glob("*.txt")) for span in split_sentences(path.read_text(encoding="utf-8"))]
    found = 0
    for text in texts:
        for names in (NAMES, NAMES[:3], ["Lula", "Lula da Silva"], ["Sisi", "el-Sisi"]):
            expected = _pattern_spans(text, names)
            assert _whole_names(text, names) == expected, (text, names)
            found += len(expected)
    assert found > 20
