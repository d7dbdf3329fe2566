"""Task lines whose due day or owners need a word before anything is stored: a day without a
year that has just passed, and a task named for two members."""

import pytest

from tests.bot.tasks.task_turn_steps import tasks


@pytest.mark.parametrize(("due", "day"), [("24. november", "tirsdag den 24. november 2026"),
                                          ("24.11", "tirsdag den 24. november 2026"),
                                          ("uge 47", "fredag den 20. november 2026")])
async def test_yesterdays_date_without_a_year_is_answered_as_passed_not_moved_a_year(bot, due,
                                                                                      day):
    # Wednesday 25 November 2026: the task from last meeting, typed with a day that has passed,
    # is no task due in November 2027.
    await bot.install()
    bot.connector.clear()
    await bot.say(f"opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist {due}")
    assert await tasks(bot) == []
    [answer] = bot.connector.texts()
    assert answer.startswith(f"{day} er gået. Mener du den dag næste år, så skriv også året."), \
        answer
    assert "Skriv fx: opgave: Rie undersøger" in answer, answer


async def test_a_date_without_a_year_well_behind_us_is_next_years(bot):
    # "frist 3.1" written in November is next January, not a January that has passed.
    await bot.install()
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 3.1")
    assert [task.due_on.isoformat() for task in await tasks(bot)] == ["2027-01-03"]
