"""Sofie belongs to no group the bot is in and writes to it 1:1: a question about "the meeting"
is answered for her own meetings, as before, and also tells her how to get her group's, in the
language she wrote in; the help card's buttons say the same."""

import pytest

from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import elements

SOFIE = {"id": "29:1sofie-holm", "name": "Sofie Holm", "aadObjectId": "aad-sofie"}
ADD_ME_DA = ("Jeg er ikke med i nogen af dine gruppers chats endnu. Føj mig til gruppens chat "
             "eller kanal, så kan du spørge om dens møder her.")
ADD_ME_EN = ("I am not in any of your groups' chats yet. Add me to your group's chat or "
             "channel, and you can ask about its meetings here.")


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("hvornår er næste møde?", "da-DK", ADD_ME_DA),
    ("afbud", "da-DK", ADD_ME_DA),
    ("kan du sende mig referatet fra sidst?", "da-DK", ADD_ME_DA),
    ("when is the next meeting?", "en-GB", ADD_ME_EN),
    ("what is on the agenda?", "en-GB", ADD_ME_EN),
])
async def test_a_meeting_question_from_one_of_no_group_says_how_to_add_the_bot(bot, text,
                                                                                 locale, said):
    [answer], cards = await ask_in_personal_chat(bot, text, locale=locale, person=SOFIE)
    assert answer.endswith(said), answer
    assert cards == []


async def test_the_help_cards_next_meeting_button_says_it_too(bot):
    _, [card] = await ask_in_personal_chat(bot, "hjælp", person=SOFIE)
    [button] = [e for e in elements(card)
                if e.get("type") == "Action.Execute" and e.get("title") == "Næste møde"]
    answer = await click_there(bot, "a:1personal-aad-sofie", button, person=SOFIE)
    assert answer["value"].endswith(ADD_ME_DA), answer["value"]


async def test_once_she_has_planned_her_own_meeting_it_is_answered_alone(bot):
    await ask_in_personal_chat(bot, "nyt møde fredag 19. februar 2027 kl. 9-10 i Holbæk",
                               person=SOFIE)
    texts, [card] = await ask_in_personal_chat(bot, "hvornår er næste møde?", person=SOFIE)
    assert not any(ADD_ME_DA in text for text in texts)


LEFT_DA = ("Du er ikke længere med i Netværksgruppe Børn og Unge, så jeg svarer ikke på "
           "spørgsmål om dens møder her.")
LEFT_EN = ("You are no longer in Netværksgruppe Børn og Unge, so I do not answer questions "
           "about its meetings here.")


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("hvornår er næste møde?", "da-DK", LEFT_DA),
    ("jeg kan ikke komme til næste møde", "da-DK", LEFT_DA),
    ("what is on the agenda?", "en-GB", LEFT_EN),
])
async def test_one_who_left_her_group_is_told_so_not_to_add_the_bot_to_its_chat(bot, text,
                                                                               locale, said):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    await bot.post(removed(bot, USERS["rie"]))
    [answer], cards = await ask_in_personal_chat(bot, text, locale=locale)
    assert answer.endswith(said), answer
    assert cards == []


async def test_the_line_to_copy_for_her_own_meetings_is_not_run_into_the_next_sentence(bot):
    [answer], _ = await ask_in_personal_chat(bot, "hvornår er næste møde?", person=SOFIE)
    own, said = answer.split("\n\n")
    assert own.startswith("Der er ikke planlagt noget møde. Skriv fx: nyt møde ")
    assert said == ADD_ME_DA
