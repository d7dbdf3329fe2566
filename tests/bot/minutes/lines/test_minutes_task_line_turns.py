"""Task lines written in the minutes the way a secretary types them in Teams.

"@Daniel" typed without picking Daniel from Teams' list arrives as plain text: the task goes
silently to the secretary who wrote it, with "@Daniel" in its title, though the line names
Daniel, a member. And a due time after the date ("frist 1. marts 2027 kl. 12") is left in the
task's title ("… rundt kl. 12")."""

from sqlalchemy import select

from meetings.tasks.entities import Task
from tests.bot.groups.test_member_turns import members
from tests.bot.minutes.minutes_turn_steps import held, opened


async def captured(bot, line: str) -> Task:
    await held(bot)
    await opened(bot)
    await bot.say("#punkt 4", mention=False)
    await bot.say(line, mention=False)
    async with bot.uow() as uow:
        [task] = await uow.session.scalars(select(Task))
    return task


async def test_a_typed_at_name_of_a_member_makes_the_task_theirs(bot):
    task = await captured(bot, "#opgave @Daniel sender notatet rundt, frist 1. marts")
    assert task.owner_id == (await members(bot))["Daniel"].id
    assert "@" not in task.title


async def test_a_due_time_of_day_is_not_left_in_the_task_title(bot):
    task = await captured(bot, "#opgave Rie sender notatet rundt, frist 1. marts 2027 kl. 12")
    assert task.title == "Rie sender notatet rundt"
