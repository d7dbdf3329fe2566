"""A member proposes an item or says "intet fra os" in her 1:1 chat: with one group it goes to
that group's meeting as if written in its chat; with several she is asked which group, on a
button per group, and the one she picks gets it. Never a line to plan a meeting."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from meetings.agenda.entities import AgendaItem, InputResponse
from meetings.groups.entities import Group
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import ANNE, click_there
from tests.bot.personal.test_personal_chat_turns import (
    STEERING,
    ask_in_personal_chat,
    install_steering_group,
)
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements


async def said_back(bot, said: str, locale: str = "da-DK") -> tuple[str, list[dict]]:
    texts, cards = await ask_in_personal_chat(bot, said, locale=locale)
    return " ".join(texts + [card_text(card) for card in cards]), cards


async def items(bot) -> list[tuple[int, str]]:
    async with bot.uow() as uow:
        return [(i.meeting_id, i.title) for i in await uow.session.scalars(select(AgendaItem))]


async def nothing_answers(bot) -> list[int]:
    async with bot.uow() as uow:
        return [r.meeting_id for r in await uow.session.scalars(select(InputResponse))]


async def meeting_of(bot, conversation: str) -> int:
    async with bot.uow() as uow:
        group = await uow.session.scalar(select(Group).where(Group.conversation_id
                                                              == conversation))
    return next(m.id for m in await meetings(bot) if m.group_id == group.id)


@pytest.mark.parametrize(("said", "locale"), [
    ("vi vil gerne have et punkt om plejefamilier", "da-DK"),
    ("we would like an item about foster families", "en-GB"),
])
async def test_a_proposal_sentence_in_the_1_1_chat_opens_the_form_for_her_groups_meeting(
        bot, said, locale):
    await bot.install()
    await bot.say(LINE)
    text, [form] = await said_back(bot, said, locale)
    assert "nyt møde" not in text and "new meeting" not in text, text
    assert "ikke planlagt noget møde" not in text and "No meeting is planned" not in text, text
    [propose] = [e for e in elements(form) if e.get("verb") == "item.propose"]
    assert propose["data"]["group_id"] == (await meetings(bot))[0].group_id
    done = await click_there(bot, "a:1personal-rie", propose, person=USERS["rie"],
                             title="Plejefamilier", kind="drøftelse")
    assert "Punktet er foreslået" in card_text(done["value"]) \
        or "Item proposed" in card_text(done["value"])
    assert await items(bot) == [((await meetings(bot))[0].id, "Plejefamilier")]


async def test_an_item_line_in_the_1_1_chat_is_proposed_for_her_groups_meeting(bot):
    await bot.install()
    await bot.say(LINE)
    text, _ = await said_back(bot, "punkt: Plejefamilier – rekruttering og fastholdelse, 20 min")
    assert "Dit punkt er foreslået" in text, text
    assert await items(bot) == [((await meetings(bot))[0].id,
                                 "Plejefamilier – rekruttering og fastholdelse")]


async def test_nothing_from_us_in_the_1_1_chat_is_noted_for_her_groups_meeting(bot):
    await bot.install()
    await bot.say(LINE)
    text, _ = await said_back(bot, "intet fra os")
    assert text == "Tak. Noteret: intet fra jer denne gang."
    assert await nothing_answers(bot) == [(await meetings(bot))[0].id]


async def test_with_two_groups_she_is_asked_which_and_the_one_she_picks_gets_the_item(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    text, [choice] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    assert "Hvilken gruppe" in text and await items(bot) == [], text
    buttons = {e["title"]: e for e in elements(choice) if e.get("type") == "Action.Execute"}
    assert set(buttons) == {"Netværksgruppe Børn og Unge", "Styregruppen"}
    answer = await click_there(bot, "a:1personal-rie", buttons["Styregruppen"],
                               person=USERS["rie"])
    assert "Dit punkt er foreslået" in card_text(answer["value"]), answer
    assert await items(bot) == [(await meeting_of(bot, STEERING), "Plejefamilier")]


async def test_with_two_groups_nothing_from_us_goes_to_the_group_picked(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    text, [choice] = await said_back(bot, "intet fra os")
    assert "Hvilken gruppe" in text and await nothing_answers(bot) == [], text
    [network] = [e for e in elements(choice) if e.get("title") == "Netværksgruppe Børn og Unge"]
    answer = await click_there(bot, "a:1personal-rie", network, person=USERS["rie"])
    assert card_text(answer["value"]) == \
        "Netværksgruppe Børn og Unge\nTak. Noteret: intet fra jer denne gang."
    assert await nothing_answers(bot) == [await meeting_of(bot, "19:netvaerk-boern-unge@thread.v2")]


async def test_a_group_picked_by_somebody_not_in_it_is_refused_and_nothing_is_proposed(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [choice] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    [steering] = [e for e in elements(choice) if e.get("title") == "Styregruppen"]
    refused = await click_there(bot, "a:1personal-anne", steering, person=ANNE)
    assert refused["value"].startswith("Kortet hører til en gruppe, du ikke er medlem af")
    assert await items(bot) == []


def actions(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("type") == "Action.Execute"]


async def test_the_group_picked_replaces_the_choice_so_the_item_is_proposed_once(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [choice] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    buttons = {e["title"]: e for e in actions(choice)}
    answer = await click_there(bot, "a:1personal-rie", buttons["Styregruppen"],
                               person=USERS["rie"])
    card = answer["value"]
    assert "Styregruppen" in card_text(card) and "Dit punkt er foreslået" in card_text(card)
    assert actions(card) == [], card
    assert await items(bot) == [(await meeting_of(bot, STEERING), "Plejefamilier")]


@pytest.mark.parametrize("second", ["Styregruppen", "Netværksgruppe Børn og Unge"])
async def test_a_second_click_on_an_old_copy_of_the_choice_files_the_item_nowhere_again(
        bot, second):
    # Another client still shows the choice after the first click replaced it here.
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [choice] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    buttons = {e["title"]: e for e in actions(choice)}
    await click_there(bot, "a:1personal-rie", buttons["Styregruppen"], person=USERS["rie"])
    again = await click_there(bot, "a:1personal-rie", buttons[second], person=USERS["rie"])
    said = card_text(again["value"])
    assert "Du har allerede foreslået punktet “Plejefamilier” til mødet fredag den" in said \
        and "i Styregruppen; det er ikke sendt ind igen." in said, said
    assert "Dit punkt er foreslået" not in said and actions(again["value"]) == []
    assert await items(bot) == [(await meeting_of(bot, STEERING), "Plejefamilier")]


async def test_the_same_line_written_again_later_goes_to_the_group_picked_then(bot):
    # Proposed for the network first; a day later she puts it on the steering group too.
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [first] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    network = {e["title"]: e for e in actions(first)}["Netværksgruppe Børn og Unge"]
    await click_there(bot, "a:1personal-rie", network, person=USERS["rie"])
    bot.clock.advance(timedelta(days=1))
    _, [second] = await said_back(bot, "punkt: Plejefamilier, 20 min")
    steering = {e["title"]: e for e in actions(second)}["Styregruppen"]
    answer = await click_there(bot, "a:1personal-rie", steering, person=USERS["rie"])
    assert "Dit punkt er foreslået" in card_text(answer["value"]), card_text(answer["value"])
    assert sorted(await items(bot)) == sorted([
        (await meeting_of(bot, "19:netvaerk-boern-unge@thread.v2"), "Plejefamilier"),
        (await meeting_of(bot, STEERING), "Plejefamilier")])


async def test_a_title_still_to_write_is_asked_for_on_the_form_of_the_group_picked(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [choice] = await said_back(bot, "punkt")
    [steering] = [e for e in actions(choice) if e["title"] == "Styregruppen"]
    answer = await click_there(bot, "a:1personal-rie", steering, person=USERS["rie"])
    form = answer["value"]
    assert "Skriv punktets titel, fx: punkt: Plejefamilier" in card_text(form)
    assert [e["verb"] for e in actions(form)] == ["item.propose"]


async def test_a_proposal_for_a_dated_meeting_goes_to_the_one_group_meeting_then(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    text, cards = await said_back(bot, "punkt: Plejefamilier, 20 min, til mødet 5. februar")
    assert "Hvilken gruppe" not in text and "Dit punkt er foreslået" in text, text
    assert not [e for card in cards for e in actions(card) if e.get("verb") == "group.chosen"]
    assert await items(bot) == [(await meeting_of(bot, "19:netvaerk-boern-unge@thread.v2"),
                                 "Plejefamilier")]


async def test_a_proposal_for_a_date_no_group_meets_on_is_answered_with_their_dates(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    text, cards = await said_back(bot, "punkt: Plejefamilier, 20 min, til mødet 12. februar")
    assert cards == [] and "Hvilken gruppe" not in text, text
    assert text.startswith("Intet planlagt møde passer med “12. februar”. De planlagte møder er "
                           "22. januar 2027, 5. februar 2027."), text
    assert await items(bot) == []


async def test_nothing_from_us_for_a_dated_meeting_is_noted_in_the_group_meeting_then(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    text, _ = await said_back(bot, "intet fra os til mødet 22. januar")
    assert text == "Tak. Noteret: intet fra jer denne gang.", text
    assert await nothing_answers(bot) == [await meeting_of(bot, STEERING)]
