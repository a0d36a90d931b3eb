"""Charts for the analytics people look at: top partners, sectors by year (matplotlib, no display)."""

from __future__ import annotations

from io import BytesIO


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def top_partners_chart(rows: list[dict], top: int = 15) -> bytes:
    """A PNG bar chart of the states and blocs with the most partners."""
    plt = _pyplot()
    shown = rows[:top]
    figure, axis = plt.subplots(figsize=(8, 0.35 * len(shown) + 1.2))
    axis.barh([r["node"] for r in reversed(shown)], [r["partners"] for r in reversed(shown)], color="#2f6fb0")
    axis.set_xlabel("distinct partners")
    axis.set_title("Most connected states and blocs")
    figure.tight_layout()
    return _png(plt, figure)


def sectors_by_year_chart(rows: list[dict]) -> bytes:
    """A PNG heatmap of agreements per sector per year."""
    plt = _pyplot()
    years = sorted({r["year"] for r in rows}) or [0]
    sectors = sorted({r["sector"] for r in rows}) or ["-"]
    grid = [[0] * len(years) for _ in sectors]
    for r in rows:
        grid[sectors.index(r["sector"])][years.index(r["year"])] = r["agreements"]
    figure, axis = plt.subplots(figsize=(1.0 * len(years) + 3, 0.35 * len(sectors) + 1.5))
    image = axis.imshow(grid, cmap="Blues", aspect="auto")
    axis.set_xticks(range(len(years)), [str(y) for y in years])
    axis.set_yticks(range(len(sectors)), sectors)
    axis.set_title("Agreements per sector per year")
    figure.colorbar(image, ax=axis, label="agreements")
    figure.tight_layout()
    return _png(plt, figure)


def _png(plt, figure) -> bytes:
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return buffer.getvalue()
