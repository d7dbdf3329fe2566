"""The year a search names after its subject ("underretninger sidste år", "aftercare in
2023", "budgettet i år"): the minutes of that year are searched, and those words are no part
of what is searched for (slots.searched takes them off)."""

from meetings.understanding.slots import searched, year_in


def year_searched(subject: str) -> str:
    """The year said at the end of a search's subject: "2023", or counted from the group's
    year ("-1" for "sidste år", "+0" for "i år": slots.year_asked), or "" for every year. A
    year inside the subject ("Budget 2024") is what is searched for, not when."""
    said = subject.strip().rstrip("?.! ")
    kept = searched(said)
    return year_in(said[len(kept):]) if kept != said else ""
