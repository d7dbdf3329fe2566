"""The seed minutes of 29/9 2023 set no deadline: the importer chooses one for each task so it
can be chased once confirmed, and says it chose it. The referat of the imported meeting prints
no deadline the minutes did not set, nor a task again that its item's text already says; a
deadline the minutes do write ("frist 1. november", "inden næste møde") is the task's own. The
next agenda follows the tasks up with a chosen date marked as such; the annual report, sent to
the steering group, prints none."""

from datetime import date

from meetings.documents.markdown import markdown_of
from meetings.minutes.agenda_document import agenda_sheet
from meetings.minutes.documents_query import agenda_document_of, referat_of
from meetings.minutes.entities import Minutes
from meetings.minutes.referat import referat_sheet
from meetings.planning.entities import Meeting
from meetings.reports.annual_report import annual_report_of
from meetings.reports.document import report_markdown
from meetings.tasks.entities import Task
from meetings.tasks.tasks import set_due
from tests.integration.importing.import_steps import NOVEMBER, SEPTEMBER, imported, rows

RIE = "Rie undersøger om Socialtilsyn Øst har mulighed for at deltage."


async def referat_markdown(world, meeting_id: int) -> str:
    async with world.uow() as uow:
        minutes = await uow.minutes.of_meeting(meeting_id)
        return markdown_of(referat_sheet(await referat_of(uow, minutes)))


async def test_the_seeds_referat_prints_no_chosen_deadline_and_no_task_twice(world):
    report = await imported(world, SEPTEMBER)
    tasks = await rows(world, Task)
    assert {(t.due_on, t.due_by_import) for t in tasks} == {(date(2023, 10, 30), True)}
    [minutes] = await rows(world, Minutes)
    assert all(line["imported"] and line["due_by_import"] for line in minutes.approved_tasks)
    markdown = await referat_markdown(world, report.meeting_id)
    assert "frist" not in markdown and "Opgave:" not in markdown
    assert markdown.count("Rie undersøger om Socialtilsyn Øst") == 1
    assert markdown.count("Povl orienterer lægen") == 1
    assert markdown.count("Povl melder tilbage til Hovedstaden") == 1


async def test_a_deadline_the_minutes_write_is_the_tasks_own(world):
    text = SEPTEMBER.replace(RIE, RIE.replace(".", ", frist 1. november."))
    assert text != SEPTEMBER
    await imported(world, text)
    rie = next(t for t in await rows(world, Task) if t.title.startswith("Rie "))
    assert (rie.due_on, rie.due_by_import) == (date(2023, 11, 1), False)
    [minutes] = await rows(world, Minutes)
    [line] = [line for line in minutes.approved_tasks if line["title"] == rie.title]
    assert line == {"entry_id": rie.minutes_entry_id, "owner": "Rie Nielsen",
                    "title": rie.title, "due_on": "2023-11-01", "imported": True}


async def test_before_the_next_meeting_is_a_deadline_the_minutes_set(world):
    await imported(world, NOVEMBER)  # the group's meeting of 24 November 2023 is known
    report = await imported(world, SEPTEMBER.replace(RIE, RIE.replace(".", " inden næste møde.")))
    tasks = await rows(world, Task, Task.meeting_id == report.meeting_id)
    # Due the group's working days before that meeting, whether the minutes said so or not.
    assert {t.due_on for t in tasks} == {date(2023, 11, 17)}
    assert [t.due_by_import for t in tasks] == [True, False, True, True, True]
    assert tasks[1].title.startswith("Rie undersøger")


async def test_a_due_date_somebody_sets_is_no_longer_the_imports(world):
    await imported(world, SEPTEMBER)
    [task, *_] = await rows(world, Task)
    await world.act("rie", lambda uow, g, a, now: set_due(uow, a, task.id, None,
                                                          date(2027, 6, 30), now))
    [after, *others] = await rows(world, Task)
    assert (after.due_on, after.due_by_import) == (date(2027, 6, 30), False)
    assert all(t.due_by_import for t in others)


async def test_the_next_agenda_marks_a_chosen_date_and_the_annual_report_prints_none(world):
    await imported(world, SEPTEMBER)
    november = await imported(world, NOVEMBER)
    [meeting] = await rows(world, Meeting, Meeting.id == november.meeting_id)
    async with world.uow() as uow:
        agenda = markdown_of(agenda_sheet(await agenda_document_of(uow, meeting)))
        report = report_markdown(await annual_report_of(
            uow, await uow.groups.get(world.group_id), 2023, world.clock.now()))
    assert "Rie undersøger om Socialtilsyn Øst har mulighed for at deltage. · Åben, frist " \
        "30. oktober 2023, sat af importen" in agenda
    assert "Rie undersøger om Socialtilsyn Øst" not in report
    assert "30. oktober" not in report and "importen" not in report
