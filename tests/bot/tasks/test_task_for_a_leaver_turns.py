"""Rie has left the group chat: she is kept as inactive, gets no more messages, and her open
tasks went to the secretary. Yet a new task line naming her — "#opgave Rie undersøger …" in
the minutes or "opgave: Rie …" — is given to Rie without a word, so nobody is ever reminded
of it. The line must be asked about (a member to take it, or Rie as a person outside the
group, whom the secretary follows up), as for a name no member has; and the task card's
*Giv videre* must not offer the leaver."""

from sqlalchemy import select

from meetings.tasks.entities import Task
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.groups.test_member_turns import members
from tests.bot.minutes.minutes_turn_steps import held, opened
from tests.card_reading import card_text, elements


async def tasks_of(bot, member_id: int) -> list[Task]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Task).where(Task.owner_id == member_id)))


async def test_a_minutes_task_line_naming_a_member_who_left_is_not_given_to_her(bot):
    await held(bot)
    await bot.post(removed(bot, USERS["rie"]))
    await opened(bot)
    await bot.say("#punkt 4", mention=False)
    await bot.say("#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. marts",
                  mention=False)
    assert await tasks_of(bot, (await members(bot))["Rie"].id) == []


async def test_a_task_line_naming_a_member_who_left_is_not_given_to_her(bot):
    await held(bot)
    await bot.post(removed(bot, USERS["rie"]))
    bot.connector.clear()
    await bot.say("opgave: Rie ringer til KL, frist 1. marts")
    assert await tasks_of(bot, (await members(bot))["Rie"].id) == []
    question = bot.connector.cards()[-1]
    rie = str((await members(bot))["Rie"].id)
    offered = [choice["value"] for e in elements(question) if e.get("type") == "Input.ChoiceSet"
               for choice in e.get("choices", [])]
    assert "Rie" in card_text(question) and offered and rie not in offered


async def test_reassigning_a_task_does_not_offer_a_member_who_left(bot):
    await held(bot)
    await bot.post(removed(bot, USERS["rie"]))
    bot.connector.clear()
    await bot.say("opgave: Daniel ringer til KL, frist 1. marts")
    card = bot.connector.cards()[-1]
    rie = str((await members(bot))["Rie"].id)
    offered = [choice["value"] for e in elements(card) if e.get("type") == "Input.ChoiceSet"
               for choice in e.get("choices", [])]
    assert offered and rie not in offered
