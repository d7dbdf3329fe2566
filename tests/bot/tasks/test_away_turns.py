"""Being away, turn by turn: a day or a week away set in words or on the digest card, cleared
by "I am back", and part of a day away, which changes nothing."""

from datetime import UTC, date, datetime, timedelta

from bot.outbox.ticks import CHASE
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.tasks.task_turn_steps import click_in_personal_chat, members, task_for_rie
from tests.card_reading import card_text


async def test_away_is_set_with_the_date_in_words_and_cleared(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("jeg er væk til 3. januar", user="rie")
    assert "3. januar 2027" in bot.connector.texts()[-1]
    assert (await members(bot))["rie"].away_until == date(2027, 1, 3)
    await bot.say("I am back", user="rie", locale="en-GB")
    assert "Welcome back" in bot.connector.texts()[-1]
    assert (await members(bot))["rie"].away_until is None


async def test_away_for_part_of_a_day_changes_nothing_and_says_how_to_be_away_for_days(bot):
    await bot.install()
    await bot.say("jeg er væk til 20. december", user="rie")
    bot.connector.clear()
    await bot.say("out of office until 1pm", user="rie", locale="en-GB")
    [reply] = bot.connector.texts()
    assert reply.startswith("If you are away for only part of a day, there is nothing to do")
    assert "Write for example: away until" in reply
    await bot.say("jeg er væk til kl. 13", user="rie", locale="en-GB")
    assert bot.connector.texts()[-1].startswith(
        "Er du kun væk en del af dagen, skal du ikke gøre noget")
    assert (await members(bot))["rie"].away_until == date(2026, 12, 20)


async def test_away_from_the_digest_card(bot):
    await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    response = await click_in_personal_chat(bot, "away.set", {"until": "2026-12-24"})
    assert "Thursday 24 December 2026" in response["value"]
    assert (await members(bot))["rie"].away_until == date(2026, 12, 24)


async def test_away_until_a_week_is_kept_to_the_end_of_that_week(bot):
    # Before Christmas 2026, as Danish out-of-office notes write it: week 2 of 2027 ends on 17
    # January; never the bot's description of itself with nothing kept.
    await bot.install()
    bot.clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=UTC))
    bot.connector.clear()
    await bot.say("jeg er væk til uge 2", user="rie")
    assert "17. januar 2027" in bot.connector.texts()[-1], bot.connector.texts()
    assert (await members(bot))["rie"].away_until == date(2027, 1, 17)


async def test_while_the_secretary_is_away_the_chair_hears_of_a_task_chased_enough(bot):
    """Lisbet, the secretary, goes on leave; an owner who does not answer is the chair's to
    follow up meanwhile, not left until she is back."""
    await task_for_rie(bot)  # Lisbet is the secretary; Rie's task is due 4 December
    await bot.say("gør Daniel til formand")
    await bot.say("jeg er væk til 1. marts")
    told = []
    day = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    while day < datetime(2027, 1, 9, 9, 0, tzinfo=UTC):
        bot.clock.set(day)
        await CHASE.run(bot.uow, bot.clock)
        bot.connector.clear()
        async with worker(bot) as delivery:
            await delivery.drain()
        told += [(a["_conversation"], card_text(a["attachments"][0]["content"]))
                 for a in bot.connector.sent if a.get("attachments")]
        day += timedelta(days=1)
    escalated = [chat for chat, text in told if "Påmindet flere gange uden svar" in text]
    assert escalated == ["a:personal-29:1daniel-gottrup"], told


async def test_while_the_secretary_is_away_the_chair_gets_the_tasks_of_one_who_leaves(bot):
    await task_for_rie(bot)  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    await bot.say("jeg er væk til 1. marts")
    await bot.post(removed(bot, USERS["rie"]))
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    told = {a["_conversation"]: card_text(a["attachments"][0]["content"])
            for a in bot.connector.sent if a.get("attachments")}
    assert list(told) == ["a:personal-29:1daniel-gottrup"], told
    assert "Rie Nielsen har forladt gruppen" in told["a:personal-29:1daniel-gottrup"]
