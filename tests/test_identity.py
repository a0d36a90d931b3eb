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


KINDS_AND_DATES = """
SELECT ?agreement (COUNT(DISTINCT ?kind) AS ?kinds) (COUNT(DISTINCT ?status) AS ?statuses) (COUNT(DISTINCT ?date) AS ?dates)
       (SAMPLE(?kind) AS ?k) (SAMPLE(?date) AS ?d) WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:kind ?kind ; tp:status ?status OPTIONAL { ?agreement tp:date ?date } }
} GROUP BY ?agreement"""


def test_reports_of_kinds_from_different_families_stay_apart(tmp_path):
    with ingest_two(tmp_path, "Peru and Chile signed a memorandum of understanding on satellites in May 2024.",
                    "Peru and Chile issued a joint statement on satellites in May 2024.") as store:
        rows = store.query(KINDS_AND_DATES).rows
        assert len(rows) == 2 and all(kinds == 1 for _, kinds, *_ in rows)


def test_a_report_of_the_same_act_by_a_generic_kind_joins_it_and_the_node_keeps_one_kind_and_date(tmp_path):
    with ingest_two(tmp_path, "Peru and Chile signed a memorandum of understanding on satellites on 14 May 2024.",
                    "DATE: 2024-06-01\n\nPeru and Chile signed an agreement on satellites in May 2024.") as store:
        [(_, kinds, statuses, dates, kind, date)] = store.query(KINDS_AND_DATES).rows
        assert (kinds, statuses, dates, kind, str(date)) == (1, 1, 1, "mou", "2024-05-14")


def test_reports_with_different_statuses_stay_apart(tmp_path):
    with ingest_two(tmp_path, "Peru and Chile signed a memorandum of understanding on satellites.",
                    "Peru and Chile plan to sign a memorandum of understanding on satellites.") as store:
        rows = store.query(KINDS_AND_DATES).rows
        assert len(rows) == 2 and all(statuses == 1 for _, _, statuses, *_ in rows)


def test_reports_on_different_days_of_one_month_stay_apart(tmp_path):
    with ingest_two(tmp_path, MOU.format(a="Peru", b="Chile", topic="satellites", when=" on 3 May 2024"),
                    MOU.format(a="Peru", b="Chile", topic="satellites", when=" on 20 May 2024")) as store:
        assert len(store.query(KINDS_AND_DATES).rows) == 2


def test_two_acts_of_one_document_never_share_a_node(tmp_path):
    text = ("Peru and Chile signed a memorandum of understanding on satellites. "
            "Peru and Chile also agreed to set up a joint working group on satellites.")
    with Store(tmp_path / "s") as store:
        ingest([write(tmp_path, "a.txt", text)], store)
        rows = store.query(KINDS_AND_DATES).rows
        assert len(rows) == 2 and all(kinds == 1 for _, kinds, *_ in rows)
        assert {kind for *_, kind, _ in rows} == {"mou", "working-group"}


def test_confidence_of_a_merged_agreement_combines_its_reports(tmp_path):
    from techpact.extract import extract_facts
    from techpact.loaders import load_documents

    first = MOU.format(a="Peru", b="Chile", topic="satellites", when=" in May 2024")
    second = "Chile and Peru inked an MoU on satellites in May 2024, officials said."
    own = [extract_facts(doc).agreements[0].confidence
           for doc in load_documents([write(tmp_path, "x.txt", first), write(tmp_path, "y.txt", second)])]
    with ingest_two(tmp_path, first, second) as store:
        values = [float(v) for (v,) in store.query("SELECT ?c WHERE { GRAPH ?g { ?a tp:confidence ?c } }").rows]
    assert max(values) == round(1 - (1 - own[0]) * (1 - own[1]), 3) > max(own)


def test_the_store_built_from_the_whole_dev_set_conforms_to_the_shapes(tmp_path, shared):
    from techpact.graph.validate import validate_store

    passages = sorted((shared / "eval" / "dev").glob("*.txt"))
    assert len(passages) == 100
    with Store(tmp_path / "s") as store:
        report = ingest(passages, store)
        assert report.added == 100 and not report.skipped
        result = validate_store(store)
        assert result.conforms, result.violations
        many = store.query(KINDS_AND_DATES).rows
        assert all((kinds, statuses) == (1, 1) and dates <= 1 for _, kinds, statuses, dates, *_ in many)
