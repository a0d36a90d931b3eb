from __future__ import annotations

from techpact.graph.store import Store
from techpact.ingest import ingest

AGREEMENTS = """
SELECT ?agreement (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?e) AS ?evidence) WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:evidence ?e }
} GROUP BY ?agreement"""


def write(folder, name, text):
    path = folder / name
    path.write_text(text)
    return path


def test_two_reports_of_one_mou_make_one_agreement_with_all_evidence(tmp_path):
    a = write(tmp_path, "a.txt", "DATE: 2024-03-10\n\nEgypt and Kenya signed a memorandum of understanding on artificial intelligence on 9 March 2024.")
    b = write(tmp_path, "b.txt", "DATE: 2024-03-12\n\nKenya and Egypt inked an MoU covering AI and data centres in March 2024, officials said.")
    with Store(tmp_path / "s") as store:
        ingest([a, b], store)
        rows = store.query(AGREEMENTS).rows
        assert len(rows) == 1 and rows[0][1:] == (2, 2)
        store.remove_document(store.documents_from_source(str(a))[0])
        rows = store.query(AGREEMENTS).rows
        assert len(rows) == 1 and rows[0][1:] == (1, 1), "the other report still supports it"


def ingest_two(tmp_path, first: str, second: str) -> Store:
    """A store holding two one-sentence reports; the caller closes it."""
    store = Store(tmp_path / "s")
    ingest([write(tmp_path, "a.txt", first), write(tmp_path, "b.txt", second)], store)
    return store


MOU = "{a} and {b} signed a memorandum of understanding on {topic}{when}."


def test_two_mous_between_the_same_states_on_different_dates_stay_two(tmp_path):
    with ingest_two(tmp_path, MOU.format(a="Egypt", b="Kenya", topic="artificial intelligence", when=" on 9 March 2021"),
                    MOU.format(a="Egypt", b="Kenya", topic="artificial intelligence", when=" on 2 June 2024")) as store:
        assert len(store.query(AGREEMENTS).rows) == 2


def test_reports_on_different_sectors_stay_apart(tmp_path):
    with ingest_two(tmp_path, MOU.format(a="Egypt", b="Kenya", topic="nuclear energy", when=""),
                    MOU.format(a="Egypt", b="Kenya", topic="satellites", when="")) as store:
        assert len(store.query(AGREEMENTS).rows) == 2


def test_reports_with_other_parties_in_the_same_month_stay_apart(tmp_path):
    with ingest_two(tmp_path, MOU.format(a="Egypt", b="Kenya", topic="artificial intelligence", when=" in May 2024"),
                    MOU.format(a="Egypt", b="Ghana", topic="artificial intelligence", when=" in May 2024")) as store:
        assert len(store.query(AGREEMENTS).rows) == 2
        keys = store.query("SELECT ?a (COUNT(DISTINCT ?k) AS ?n) WHERE { GRAPH ?g { ?a tp:partyKey ?k } } GROUP BY ?a").rows
        assert all(n == 1 for _, n in keys)
