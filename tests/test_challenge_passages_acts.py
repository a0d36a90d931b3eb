"""The acts passages of our own (tests/data/challenge_passages_acts/: wire-style passages with gold written before
the extractor was run on them), scored by `techpact eval` as the dev set is: floors on what the rules reach now."""

from __future__ import annotations

import json

from click.testing import CliRunner

from techpact.cli import main

from .conftest import DATA

PASSAGES = DATA / "challenge_passages_acts"


def test_acts_passages_each_have_a_header_and_one_gold_record():
    files = sorted(PASSAGES.glob("*.txt"))
    gold = json.loads((PASSAGES / "gold.json").read_text(encoding="utf-8"))
    assert len(files) >= 25 and [record["file"] for record in gold] == [path.name for path in files]
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert [line.split(":")[0] for line in head] == ["URL", "TITLE", "DATE"], path.name
        assert 100 <= len(path.read_text(encoding="utf-8").split()) <= 400, path.name


def test_acts_passages_score_their_acts_and_party_sets_at_or_above_floors():
    files = sorted(PASSAGES.glob("*.txt"))
    result = CliRunner().invoke(main, ["eval", str(PASSAGES / "gold.json"), *map(str, files), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["agreements"]["precision"] >= 0.95 and scores["agreements"]["recall"] >= 0.85, scores["agreements"]
    assert scores["pairs"]["precision"] >= 0.95 and scores["pairs"]["recall"] >= 0.95, scores["pairs"]
