"""Query rows as a pandas DataFrame, for notebooks. pandas comes with the `notebooks` extra
(pip install 'techpact[notebooks]') and is imported only when a frame is asked for."""

from __future__ import annotations

from techpact.errors import MissingExtraError


def to_dataframe(columns: list[str], rows: list[tuple]):
    """A pandas DataFrame with one column per query variable and one row per answer (None where unbound).
    Values keep their Python types (str, int, float, bool); dates stay ISO strings at their precision."""
    try:
        import pandas
    except ImportError as err:
        raise MissingExtraError("query results as DataFrames need pandas: pip install 'techpact[notebooks]' "
                                "(or pip install pandas)") from err
    return pandas.DataFrame.from_records(rows, columns=columns)
