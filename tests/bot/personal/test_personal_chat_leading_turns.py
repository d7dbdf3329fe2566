"""The chair's and the secretary's commands written in the 1:1 chat act on a group as a whole
(cancel, move, review items, settings, undelivered messages, erasing, roles): there they would
act on the personal chat's own empty group, so the person is told to write them in the group's
chat, naming it; planning and leading her own meetings there works as before."""

from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import OWN_LINE, ask_in_personal_chat
from tests.bot.test_turns import rie_blocked_the_bot
from tests.card_reading import card_text, elements

IN_THE_GROUP = ("Det gøres i gruppens chat: skriv den samme besked dér, i chatten for "
                "“Netværksgruppe Børn og Unge”.")


async def lisbet_asks(bot, line: str, locale: str = "da-DK") -> str:
    texts, cards = await ask_in_personal_chat(bot, line, person=USERS["lisbet"], locale=locale)
    return " ".join(texts + [card_text(card) for card in cards])


async def test_cancelling_the_next_meeting_in_the_personal_chat_is_sent_to_the_groups_chat(bot):
    await planned(bot)  # the group's meeting, 5 February 2027
    assert "5. februar 2027" in await lisbet_asks(bot, "hvornår er næste møde?")
    assert await lisbet_asks(bot, "aflys næste møde") == IN_THE_GROUP


async def test_moving_the_next_meeting_in_the_personal_chat_is_sent_to_the_groups_chat(bot):
    await planned(bot)
    assert await lisbet_asks(
        bot, "flyt næste møde til fredag 12. februar 2027 kl. 10-13") == IN_THE_GROUP


async def test_reviewing_items_in_the_personal_chat_is_sent_to_the_groups_chat(bot):
    meeting_id = await planned(bot)
    await bot.click("item.propose", {"meeting_id": meeting_id, "title": "Plejefamilier",
                                     "kind": "drøftelse", "minutes": "20"}, user="rie")
    assert await lisbet_asks(bot, "gennemgå punkter") == IN_THE_GROUP
    assert await lisbet_asks(bot, "review items", "en-GB") == (
        "That is done in the group's chat: write the same message there, in the chat of "
        "“Netværksgruppe Børn og Unge”.")


async def test_the_settings_asked_in_the_personal_chat_are_sent_to_the_groups_chat(bot):
    await planned(bot)
    assert await lisbet_asks(bot, "indstillinger") == IN_THE_GROUP


async def test_erasing_a_former_member_in_the_personal_chat_is_sent_to_the_groups_chat(bot):
    await planned(bot)
    await bot.post(removed(bot, USERS["daniel"]))
    assert await lisbet_asks(bot, "slet data om Daniel Gottrup") == IN_THE_GROUP


async def test_undelivered_messages_asked_in_the_personal_chat_are_sent_to_the_groups_chat(bot):
    await bot.install()
    await rie_blocked_the_bot(bot)
    assert await lisbet_asks(bot, "ikke leverede beskeder") == IN_THE_GROUP


async def test_a_role_given_in_the_personal_chat_is_sent_to_the_groups_chat(bot):
    await bot.install()  # Lisbet is the secretary of the group chat, Daniel a member
    assert await lisbet_asks(bot, "gør Daniel til formand") == IN_THE_GROUP


async def test_her_own_meetings_planned_in_the_personal_chat_are_still_cancelled_there(bot):
    await planned(bot)
    assert "19. februar 2027" in await lisbet_asks(bot, OWN_LINE)
    assert "19. februar 2027" in await lisbet_asks(bot, "aflys næste møde")


async def test_without_a_group_the_personal_chat_answers_as_its_own(bot):
    texts, _ = await ask_in_personal_chat(bot, "aflys næste møde", person=USERS["lisbet"])
    [answer] = texts
    assert answer.startswith("Der er ikke planlagt noget møde. Skriv fx: nyt møde")


async def test_a_members_cancel_in_the_personal_chat_is_refused_with_her_regrets_offered(bot):
    """Rie leads no group: as in the group's chat she is told who to ask, and her regrets
    are one click away; she is not sent to the group's chat to be refused there."""
    await planned(bot)
    texts, cards = await ask_in_personal_chat(bot, "aflys næste møde", person=USERS["rie"])
    said = " ".join(texts + [card_text(card) for card in cards])
    assert IN_THE_GROUP not in said
    assert "Det kan kun formanden og sekretæren." in said, said
    assert "Skriv til Lisbet Daugaard-Hansen, hvis mødet skal aflyses." in said, said
    assert "Kan du ikke selv komme, så meld afbud herunder." in said, said
    buttons = [e for card in cards for e in elements(card) if e.get("type") == "Action.Execute"]
    assert buttons and all(e["data"].get("group_id") for e in buttons), buttons
    [regrets] = [e for e in buttons if e["verb"] == "attendance.answer"]
    answer = await click_there(bot, "a:1personal-rie", regrets, person=USERS["rie"])
    assert "Du har meldt afbud." in card_text(answer["value"])
