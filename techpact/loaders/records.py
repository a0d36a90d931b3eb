"""Helpers shared by loaders: decoding bytes and reading news-record fields."""

from __future__ import annotations

import datetime as dt
import re

from techpact.errors import LoaderError
from techpact.loaders.issued import partial_issued


def decode(raw: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 with BOM; binary is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise LoaderError(f"{source}: invalid UTF-16 text ({err.reason} at byte {err.start})") from err
    if b"\x00" in raw[:8192]:
        raise LoaderError(f"{source}: binary file (NUL bytes), not a text document")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise LoaderError(f"{source}: not valid UTF-8 ({err.reason} at byte {err.start})") from err
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_issued(value) -> dt.date | None:
    """A publication date from a record field (ISO string, RFC 822, "12 March 2025")."""
    if not value:
        return None
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date()
    text = str(value).strip()
    if (partial := partial_issued(text)) is not None:  # "2023-08": a month, no day (resolving "on Friday" needs one)
        return partial
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    from techpact.extract.dates import parse_date

    return parse_date(text)


def first_field(record: dict, *names: str):
    """The first non-empty field of a record among names."""
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None
