"""The group's "årshjul" as the minutes quote it: "Årshjul 2023: Prioriterede emner til
netværkets møder 03.03: Samarbejde med Børnehus Sjælland 02.06: … 29.09: Psykiatrien".

Each date names the theme of that meeting. The line is no agenda item, so the importer reads it
apart and gives the imported meeting its theme when it has none, as the group's own annual
report fills its "Tema" column from the wheel."""

import re
from datetime import date

from meetings.minutes.importing.html import plain

_WHEEL = re.compile(r"(?:Årshjul|Aarshjul|Annual wheel)\b[^\n]*", re.IGNORECASE)
_DATED = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})\.?:\s*(.+?)(?=\s+\d{1,2}[./]\d{1,2}\.?:|$)")
MAX_THEME = 200  # a meeting's theme, as the planning card takes it


def wheel_themes(text: str) -> dict[tuple[int, int], str]:
    """(day, month) → theme, from every line of the text that quotes the wheel."""
    themes: dict[tuple[int, int], str] = {}
    for found in _WHEEL.finditer(text):
        for day, month, theme in _DATED.findall(plain(found.group(0))):
            cleaned = " ".join(theme.split()).strip(" .,;-–")
            if cleaned and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                themes.setdefault((int(day), int(month)), cleaned[:MAX_THEME])
    return themes


def theme_on(text: str, day: date) -> str | None:
    """The wheel's theme for a meeting on `day`, if the minutes quote the wheel."""
    return wheel_themes(text).get((day.day, day.month))
