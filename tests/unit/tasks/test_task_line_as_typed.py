"""Task lines as typed in Teams beside the plain form: a time of day after the due day, and a
name typed with "@" without picking it from Teams' list."""

from datetime import date

import pytest

from tests.unit.tasks.test_task_line import line_of


@pytest.mark.parametrize(
    ("text", "title", "due_on"),
    [
        ("Rie sender notatet rundt, frist 1. marts 2027 kl. 12", "Rie sender notatet rundt",
         date(2027, 3, 1)),
        ("Rie ringer frist 1.3. kl 9.30 og følger op", "Rie ringer og følger op",
         date(2027, 3, 1)),
        ("Rie ringer til KL, frist fredag klokken 14", "Rie ringer til KL", date(2027, 1, 8)),
        ("Daniel sends the note by Friday at 3pm", "Daniel sends the note", date(2027, 1, 8)),
        ("Daniel sends the note by 8 January 12:00", "Daniel sends the note", date(2027, 1, 8)),
    ],
)
def test_a_time_of_day_after_the_due_day_goes_with_the_due_clause(text, title, due_on):
    line = line_of(text)

    assert (line.title, line.due_on) == (title, due_on)


def test_a_number_after_the_due_day_that_is_no_time_stays_in_the_title():
    line = line_of("Daniel sends the note by Friday 3 copies", language="en")

    assert line.title == "Daniel sends the note 3 copies"


@pytest.mark.parametrize(
    ("text", "title", "owner", "explicit"),
    [
        ("@Daniel sender notatet rundt, frist 1/3", "Daniel sender notatet rundt", "Daniel",
         False),
        ("Notatet sendes rundt, ansvarlig: @Daniel Olsen", "Notatet sendes rundt",
         "Daniel Olsen", True),
        ("Rie skriver til rie@holbaek.dk", "Rie skriver til rie@holbaek.dk", "Rie", False),
    ],
)
def test_a_name_typed_with_an_at_sign_is_read_as_the_name(text, title, owner, explicit):
    line = line_of(text)

    assert (line.title, line.owner_hint, line.owner_explicit) == (title, owner, explicit)
