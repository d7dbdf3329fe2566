"""The tasks "Opfølgning på opgaver" follows up on the agenda card: a due date the import chose,
as the minutes set none, says so in both languages, as the task card does."""

from datetime import UTC, date, datetime

from bot.turn import Turn
from bot.views.tasks import follow_up_lines
from meetings.groups.entities import Group, Member
from meetings.tasks.entities import Task
from meetings.tasks.shown import FollowUp


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
        "Rie Nielsen: Rie undersøger om Socialtilsyn Øst kan deltage. · Åben, frist 29. okt. "
        "2023, sat af importen",
        "Rie Nielsen: Rie rundsender årsrapporten, frist 1. november. · Åben, frist 1. nov. 2023"]
    english = follow_up_lines(turn("en"), follow_up)
    assert english[0].endswith("· Open, due 29 Oct 2023, set by the import")
    assert english[1].endswith("· Open, due 1 Nov 2023")
