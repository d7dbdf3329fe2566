"""The annual report's chart: for each organisation, how many of the year's meetings it attended.

Drawn with matplotlib's object API on the Agg canvas, not pyplot: no global figure state, no
display needed, safe in a server. The PNG is the same bytes for the same data (fixed size and
resolution, no software or date in its metadata), so a report can be compared with the last.
"""

from collections.abc import Sequence
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

WIDTH_INCHES, DPI = 6.5, 150  # the width of a Word page's text
ROW_INCHES, MIN_HEIGHT_INCHES = 0.32, 2.0
BAR_COLOUR = "#2b6cb0"


def attendance_chart(attendance: Sequence[tuple[str, int]], meetings: int, title: str,
                     axis_label: str) -> bytes:
    """A horizontal bar per organisation, top to bottom in the order given, as PNG bytes."""
    names = [name for name, _ in attendance][::-1]  # barh draws the first row at the bottom
    counts = [count for _, count in attendance][::-1]
    height = max(MIN_HEIGHT_INCHES, 1.0 + ROW_INCHES * len(names))
    figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.barh(names, counts, color=BAR_COLOUR)
    for row, count in enumerate(counts):
        axes.text(count + 0.05, row, str(count), va="center", fontsize=8)
    axes.set_xlim(0, max(meetings, max(counts, default=0), 1) + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(axis_label, fontsize=9)
    axes.set_title(title, fontsize=10)
    axes.tick_params(labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = BytesIO()
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()
