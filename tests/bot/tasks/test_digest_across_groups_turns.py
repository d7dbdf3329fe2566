"""The daily digest of someone in two groups: Daniel chairs the steering group and is a member
of the network group. Each task on it says which group it is of, and its buttons act in that
group, so a task of the steering group is still answered after he leaves the network's chat."""

from datetime import UTC, datetime

from bot.outbox.ticks import CHASE
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat, install_steering_group
from tests.bot.privacy.privacy_steps import say_in_steering_group
from tests.bot.tasks.task_turn_steps import tasks
from tests.card_reading import card_text, elements

DANIELS_CHAT = "a:1personal-aad-daniel"


async def daniels_digest(bot) -> dict:
    await bot.install()
    await bot.say("opgave: Daniel skriver til KL, frist 2. december")
    await install_steering_group(bot)
    await say_in_steering_group(bot, "gør Daniel til formand")
    await say_in_steering_group(bot, "opgave: Daniel samler rammeaftalens tal, frist 2. december")
    await ask_in_personal_chat(bot, "hjælp", person=USERS["daniel"])
    bot.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))  # two working days before
    await CHASE.run(bot.uow, bot.clock)
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [message] = [a for a in bot.connector.sent
                 if a["_conversation"] == DANIELS_CHAT and a.get("attachments")]
    return message["attachments"][0]["content"]


def task_lines(card: dict) -> dict[str, str]:
    """Each task's title and the line under it."""
    lines = card_text(card).splitlines()
    return {title: lines[i + 1] for i, title in enumerate(lines) if title.startswith("Daniel ")}


async def test_the_digest_says_which_group_each_task_is_of(bot):
    card = await daniels_digest(bot)
    lines = task_lines(card)
    assert lines["Daniel samler rammeaftalens tal"].startswith("Styregruppen · ")
    assert lines["Daniel skriver til KL"].startswith("Netværksgruppe Børn og Unge · ")


async def test_each_tasks_buttons_name_the_group_of_the_task(bot):
    card = await daniels_digest(bot)
    by_task = {t.id: t.group_id for t in await tasks(bot)}
    buttons = [e for e in elements(card) if e.get("verb", "").startswith("task.")
               and "task_id" in e["data"]]
    assert buttons and all(e["data"]["group_id"] == by_task[e["data"]["task_id"]]
                           for e in buttons)
    assert len({e["data"]["group_id"] for e in buttons}) == 2


async def test_done_on_a_steering_group_task_works_after_leaving_the_network_group(bot):
    card = await daniels_digest(bot)
    [steering_task] = [t for t in await tasks(bot) if t.title.startswith("Daniel samler")]
    [done] = [e for e in elements(card) if e.get("verb") == "task.done"
              and e["data"]["task_id"] == steering_task.id]
    await bot.post(removed(bot, USERS["daniel"]))  # he leaves the network group's chat only
    answer = await click_there(bot, DANIELS_CHAT, done, person=USERS["daniel"])
    assert "Markeret som færdig" in card_text(answer["value"])
    [steering_task] = [t for t in await tasks(bot) if t.id == steering_task.id]
    assert steering_task.status == "done"


async def test_the_cards_own_buttons_act_on_him_after_leaving_the_group_it_was_sent_for(bot):
    """The digest was sent for the network group; "Alle mine opgaver" and "Jeg er væk" are
    about him as a person, so leaving its chat does not refuse them."""
    card = await daniels_digest(bot)
    [mine] = [e for e in elements(card) if e.get("verb") == "task.mine"]
    [away] = [e for e in elements(card) if e.get("verb") == "away.set"]
    await bot.post(removed(bot, USERS["daniel"]))  # he leaves the network group's chat only
    listed = await click_there(bot, DANIELS_CHAT, mine, person=USERS["daniel"])
    assert "Daniel samler rammeaftalens tal" in card_text(listed["value"]), listed
    marked = await click_there(bot, DANIELS_CHAT, away, person=USERS["daniel"],
                               until="2026-12-11")
    assert marked["value"] == "Du er markeret som væk til fredag den 11. december 2026. Du " \
        "får ingen påmindelser om opgaver til og med den dag.", marked
