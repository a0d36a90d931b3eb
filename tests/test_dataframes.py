"""Query results as pandas DataFrames (the notebooks extra), and a clear error naming the extra without pandas."""

from __future__ import annotations

import sys

import pandas
import pytest

from techpact.errors import MissingExtraError, TechpactError
from techpact.graph.store import Store
from techpact.queries import load_query


def test_query_result_to_dataframe_has_the_columns_rows_and_values(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        result = store.query(load_query("sector-partners").text, {"sector": "ai"})
        empty = store.query(load_query("state-partners").text, {"state": "ATA"})
    frame = result.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == result.columns == ["a", "b", "agreements"]
    assert [tuple(row) for row in frame.itertuples(index=False)] == result.rows and len(result.rows) > 3
    assert frame["agreements"].sum() == sum(row[2] for row in result.rows)
    assert empty.rows == [] and list(empty.to_dataframe().columns) == empty.columns and empty.to_dataframe().empty


def test_query_result_to_dataframe_keeps_missing_values_and_dates_as_text(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        result = store.query(load_query("agreements-between").text, {"a": "USA", "b": "JPN"})
    frame = result.to_dataframe()
    assert list(frame.columns) == result.columns
    for row, (_, series) in zip(result.rows, frame.iterrows()):
        assert [None if pandas.isna(v) else v for v in series] == [v for v in row]


def test_to_dataframe_without_pandas_names_the_extra(corpus_store, monkeypatch):
    with Store(corpus_store, read_only=True) as store:
        result = store.query(load_query("sector-partners").text, {"sector": "ai"})
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed: importing it fails
    with pytest.raises(MissingExtraError, match=r"pip install 'techpact\[notebooks\]'") as raised:
        result.to_dataframe()
    assert isinstance(raised.value, TechpactError) and "\n" not in str(raised.value)
