""""Ny opgave" on the task card in a member's 1:1 chat (her own tasks across her groups): she
chooses the list the task goes on, one of her groups' or her own, and the form says which; the
task is made in that group, as its own chat's form makes it."""

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import (
    STEERING,
    STEERING_LINE,
    ask_in_personal_chat,
    install_another_group,
    install_steering_group,
)
from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements

RIE_CHAT = "a:1personal-rie"


def button(card: dict, verb: str, title: str | None = None) -> dict:
    [found] = [e for e in elements(card) if e.get("type") == "Action.Execute"
               and e.get("verb") == verb and (title is None or e.get("title") == title)]
    return found


def heading(card: dict) -> str:
    return card["body"][0]["text"]


async def new_task_clicked(bot, asked: str = "mine opgaver", locale: str = "da-DK") -> dict:
    """Rie's own tasks asked for in her 1:1 chat, and "Ny opgave" clicked on their card."""
    _, [mine] = await ask_in_personal_chat(bot, asked, locale=locale)
    new = button(mine, "task.form")
    return (await click_there(bot, RIE_CHAT, new, person=USERS["rie"], locale=locale))["value"]


async def test_new_task_in_the_1_1_chat_asks_for_the_list_and_makes_it_in_that_group(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    choice = await new_task_clicked(bot)
    assert [e["title"] for e in elements(choice) if e.get("verb") == "task.form"] == [
        "Netværksgruppe Børn og Unge", "Styregruppen", "Din egen liste"]
    assert "Hvilken liste skal opgaven på?" in card_text(choice)

    steering = button(choice, "task.form", "Styregruppen")
    form = (await click_there(bot, RIE_CHAT, steering, person=USERS["rie"]))["value"]
    assert heading(form) == "Ny opgave i Styregruppen"
    create = button(form, "task.create")
    assert create["data"]["group_id"] == steering["data"]["group_id"]
    owner = next(e["value"] for e in elements(form) if e.get("id") == "owner_id")
    await click_there(bot, RIE_CHAT, create, person=USERS["rie"], title="Ring til KL",
                      owner_id=owner, due="2026-12-10")
    [task] = await tasks(bot)
    assert (task.title, task.group_id) == ("Ring til KL", steering["data"]["group_id"])


async def test_a_group_named_like_a_markdown_link_is_named_as_written_not_linked(bot):
    await bot.install()
    await bot.say(LINE)
    await install_another_group(bot, STEERING, "[x](https://evil.example)", STEERING_LINE)
    choice = await new_task_clicked(bot)
    steering = button(choice, "task.form", "[x](https://evil.example)")
    form = (await click_there(bot, RIE_CHAT, steering, person=USERS["rie"]))["value"]
    # Teams renders Markdown in a heading's TextBlock: escaped, it reads "[x](https://…)".
    assert heading(form) == "Ny opgave i \\[x\\](https://evil.example)"


async def test_her_own_list_is_one_choice_and_its_form_says_so(bot):
    await bot.install()
    await bot.say(LINE)
    choice = await new_task_clicked(bot, "my tasks", locale="en-GB")
    own = button(choice, "task.form", "Your own list")
    form = (await click_there(bot, RIE_CHAT, own, person=USERS["rie"], locale="en-GB"))["value"]
    assert heading(form) == "New task on your own list"
    assert "group_id" not in button(form, "task.create")["data"]


async def test_in_a_groups_chat_the_form_comes_at_once_as_before(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")
    new = button(bot.connector.cards()[-1], "task.form")
    form = (await bot.click(new["verb"], new["data"], user="rie"))["value"]
    assert heading(form) == "Ny opgave" and button(form, "task.create")
