"""A member searches the minutes or asks for "referat" in her 1:1 chat: she gets her groups'
minutes, as in each group's chat; a group where nothing is found is left out beside one where
something is, and when none has anything she is told so once."""

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from meetings.minutes.entities import Minutes
from tests.bot.conftest import USERS
from tests.bot.minutes.minutes_turn_steps import DURING, held, opened, the_minutes
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat, install_steering_group
from tests.card_reading import card_text, elements

SEED = (Path(__file__).parents[2] / "fixtures" / "minutes" / "network_2023_09_29.txt").read_text(
    encoding="utf-8")


async def imported(bot) -> None:
    await bot.install()
    await bot.say("importér referat\n" + SEED)
    [action] = [e for e in elements(bot.connector.cards()[-1])
                if e.get("verb") == "minutes.import"]
    await bot.click("minutes.import", action["data"])


async def test_a_search_in_the_1_1_chat_finds_her_groups_minutes(bot):
    await imported(bot)
    for question, locale in (("hvornår talte vi om Bakkehuset?", "da-DK"),
                             ("when did we discuss Bakkehuset?", "en-GB")):
        texts, cards = await ask_in_personal_chat(bot, question, locale=locale)
        assert not any("intet om" in t or "found nothing" in t for t in texts), texts
        assert any("Introduktion til Bakkehuset" in card_text(c) for c in cards), texts


async def test_with_two_groups_only_the_group_whose_minutes_have_it_is_shown(bot):
    await imported(bot)
    await install_steering_group(bot)
    texts, [card] = await ask_in_personal_chat(bot, "hvornår talte vi om Bakkehuset?")
    assert "Introduktion til Bakkehuset" in card_text(card)
    assert "Styregruppen" not in card_text(card) and "intet om" not in card_text(card)

    texts, cards = await ask_in_personal_chat(bot, "hvad blev besluttet om vindmøller?")
    assert cards == [] and len(texts) == 1 and "Jeg fandt intet om “vindmøller”" in texts[0]


async def test_minutes_asked_for_in_the_1_1_chat_are_her_groups_last_minutes(bot):
    await held(bot)
    await opened(bot)  # the secretary opens them in the group's chat
    texts, [card] = await ask_in_personal_chat(bot, "referat")
    assert "Referat" in card_text(card) and "fredag den 5. februar 2027" in card_text(card)
    assert not any("Der er ikke holdt noget møde" in t for t in texts), texts
    assert not [e for e in elements(card) if e.get("type") == "Action.Execute"]


async def test_the_secretary_saying_the_minutes_are_done_in_1_1_is_sent_to_the_groups_chat(bot):
    await held(bot)
    await opened(bot)
    lisbet = USERS["lisbet"]
    texts, [card] = await ask_in_personal_chat(bot, "referatet er færdigt", person=lisbet)
    assert texts == ["Send referatet til godkendelse fra kortet i gruppens chat."]
    assert not [e for e in elements(card) if e.get("type") == "Action.Execute"]
    texts, _ = await ask_in_personal_chat(bot, "the minutes are done", person=lisbet,
                                          locale="en-GB")
    assert texts == ["Post the minutes for approval from their card in the group's chat."]


async def test_referat_in_the_1_1_chat_opens_no_minutes_in_her_groups(bot):
    await held(bot)  # Lisbet is the secretary of both groups, and both have met
    await install_steering_group(bot)
    lisbet = USERS["lisbet"]
    for text, locale, answer in (
            ("referat", "da-DK", "Der er endnu intet referat"),
            ("minutes", "en-GB", "There are no minutes yet")):
        texts, cards = await ask_in_personal_chat(bot, text, person=lisbet, locale=locale)
        assert cards == [] and len(texts) == 1 and answer in texts[0], texts
        assert "gruppens chat" in texts[0] or "group's chat" in texts[0], texts
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(Minutes))) == []


async def test_referat_in_the_1_1_chat_leaves_an_open_draft_as_it_was(bot):
    await held(bot)
    await opened(bot)
    before = (await the_minutes(bot)).updated_at
    bot.clock.set(DURING + timedelta(days=4))  # Tuesday after the Friday meeting
    texts, [card] = await ask_in_personal_chat(bot, "referat", person=USERS["lisbet"])
    assert "Referat" in card_text(card)
    assert (await the_minutes(bot)).updated_at == before
