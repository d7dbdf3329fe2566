"""The tasks "Opfølgning på opgaver" follows up on the agenda card: a due date the import chose,
as the minutes set none, says so in both languages, as the task card does."""

from datetime import UTC, date, datetime

from bot.turn import Turn
from bot.views.tasks import follow_up_lines
from cards import render
from meetings.groups.entities import Group, Member
from meetings.tasks.entities import Task
from meetings.tasks.shown import FollowUp
from tests.card_reading import elements
from tests.card_samples import SAMPLES


def turn(language: str) -> Turn:
    group = Group(time_zone="Europe/Copenhagen", language=language)
    return Turn(uow=None, group=group, member=None, language=language,
                now=datetime(2023, 10, 2, 8, tzinfo=UTC), base_url="http://bot.test")


def test_a_due_date_the_import_chose_says_so_under_follow_up():
    rie = Member(id=1, name="Rie Nielsen")
    chosen = Task(id=1, owner_id=1, title="Rie undersøger om Socialtilsyn Øst kan deltage.",
                  due_on=date(2023, 10, 29), status="open", imported_at=datetime(2023, 10, 1),
                  due_by_import=True)
    written = Task(id=2, owner_id=1, title="Rie rundsender årsrapporten, frist 1. november.",
                   due_on=date(2023, 11, 1), status="open", imported_at=datetime(2023, 10, 1),
                   due_by_import=False)
    follow_up = FollowUp([chosen, written], {1: rie})
    assert follow_up_lines(turn("da"), follow_up) == [
        "Rie undersøger om Socialtilsyn Øst kan deltage. · Åben, frist 29. okt. "
        "2023, sat af importen",
        "Rie rundsender årsrapporten, frist 1. november. · Åben, frist 1. nov. 2023"]
    english = follow_up_lines(turn("en"), follow_up)
    assert english[0].endswith("· Open, due 29 Oct 2023, set by the import")
    assert english[1].endswith("· Open, due 1 Nov 2023")


def test_a_task_is_followed_up_as_the_referat_writes_it_with_its_owner():
    # "Rie Nielsen: Rie undersøger …" named her twice; a title that does not begin with the
    # owner's first name says the owner first, as the referat does.
    rie = Member(id=1, name="Rie Nielsen")
    own = Task(id=1, owner_id=1, title="Rie undersøger om Socialtilsyn Øst kan deltage",
               due_on=date(2023, 10, 20), status="open", due_by_import=False)
    plain = Task(id=2, owner_id=1, title="Booke lokale", due_on=date(2023, 10, 20),
                 status="open", due_by_import=False)
    outside = Task(id=3, owner_name="Heidi Madsen", title="Sende slides til netværket",
                   due_on=date(2023, 10, 20), status="open", due_by_import=False)
    follow_up = FollowUp([own, plain, outside], {1: rie})
    assert [line.split(" · ")[0] for line in follow_up_lines(turn("da"), follow_up)] == [
        "Rie undersøger om Socialtilsyn Øst kan deltage", "Rie Nielsen – Booke lokale",
        "Heidi Madsen (uden for gruppen) – Sende slides til netværket"]
    assert [line.split(" · ")[0] for line in follow_up_lines(turn("en"), follow_up)] == [
        "Rie undersøger om Socialtilsyn Øst kan deltage", "Rie Nielsen – Booke lokale",
        "Heidi Madsen (outside the group) – Sende slides til netværket"]


def test_each_task_followed_up_on_the_agenda_card_is_a_bullet_of_its_own():
    # Run together, eleven imported tasks read as one paragraph on a phone.
    lines = ["Rie undersøger om Socialtilsyn Øst kan deltage. · Åben, frist 30. okt. 2023",
             "Povl orienterer lægen. · Åben, frist 30. okt. 2023"]
    entries = [{**SAMPLES["agenda"]["entries"][0], "tasks": lines}]
    card = render("agenda", gettext=str, language="da", **{**SAMPLES["agenda"],
                                                          "entries": entries})
    shown = [run["text"] for run in elements(card) if run.get("type") == "TextRun"]
    assert [text for text in shown if "frist 30. okt." in text] == [f"• {line}" for line in lines]
