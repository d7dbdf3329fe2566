"""The agenda's Word document in the group's language: online, theme, an item's time slot (the
seeds' hyphen in Danish, an en dash in English), deferred, follow-up (a due date the import
chose says so)."""

from datetime import date, datetime

import pytest

from meetings.agenda.agenda import Agenda, AgendaEntry
from meetings.minutes.agenda_document import AgendaDocument, FollowedTask, agenda_sheet

ENTRIES = (
    AgendaEntry(4, "Budget 2027", "drøftelse", 20, datetime(2027, 3, 12, 10, 55),
                datetime(2027, 3, 12, 11, 15), carried_over=True, item_id=7),
    AgendaEntry(5, "Opfølgning på opgaver", "orientering", 10, datetime(2027, 3, 12, 11, 15),
                datetime(2027, 3, 12, 11, 25), standing=True),
)
AGENDA = Agenda(1, 1, datetime(2027, 3, 12, 10), datetime(2027, 3, 12, 13), ENTRIES, 0)
TASKS = (FollowedTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst kan deltage", "open",
                      date(2027, 3, 1)),
         FollowedTask("Daniel Gottrup", "Ringe til KL", "done", date(2027, 2, 1)),
         FollowedTask("Povl Skov", "Povl orienterer lægen", "open", date(2027, 3, 5),
                      due_by_import=True))  # from imported minutes that set no deadline


@pytest.mark.parametrize(("language", "expected"), [
    ("da", ("Adresse: Ringsted og online (Microsoft Teams)", "Tema: Plejefamilier",
            "kl. 10.55-11.15 · Drøftelse · udskudt",
            "Rie undersøger om Socialtilsyn Øst kan deltage · Åben, frist 1. marts "
            "2027",
            "Daniel Gottrup – Ringe til KL · Færdig",
            "Povl orienterer lægen · Åben, frist 5. marts 2027, sat af importen")),
    ("en", ("Address: Ringsted and online (Microsoft Teams)", "Theme: Plejefamilier",
            "at 10:55–11:15 · Discussion · deferred",
            "Rie undersøger om Socialtilsyn Øst kan deltage · Open, due 1 March 2027",
            "Daniel Gottrup – Ringe til KL · Done",
            "Povl orienterer lægen · Open, due 5 March 2027, set by the import")),
])
def test_the_agenda_document_says_online_theme_deferred_and_the_tasks_to_follow_up(
        language, expected):
    sheet = agenda_sheet(AgendaDocument(
        "Netværksgruppe Børn og Unge", language,
        "Ringsted " + ("og" if language == "da" else "and") + " online (Microsoft Teams)",
        AGENDA, theme="Plejefamilier", follow_up=TASKS))
    written = "\n".join((*sheet.lines, *(p for row in sheet.rows for p in row.paragraphs)))
    for said in expected:
        assert said in written, said
    assert written.count("sat af importen" if language == "da" else "set by the import") == 1
