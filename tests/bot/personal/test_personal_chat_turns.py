"""A member asks in their personal chat with the bot about their groups' meetings: with one
group the group's answer, with two each group's under its name, soonest first; planning their
own meetings there works as before."""

import logging
from datetime import UTC, datetime

from sqlalchemy import select

from meetings.agenda.entities import Attendance
from meetings.planning.entities import Meeting
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import BOT, removed
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

STEERING = "19:styregruppe@thread.v2"
STEERING_LINE = "nyt møde fredag 22. januar 2027 kl. 12.30-15 i Greve tema: Rammeaftale 2027"
OWN_LINE = "nyt møde fredag 19. februar 2027 kl. 9-10 i Holbæk"
WHO_PLANS = "Formanden eller sekretæren planlægger møderne i gruppens chat; spørg mig så igen her."


async def ask_in_personal_chat(bot, text: str, *, locale: str = "da-DK",
                               person: dict | None = None) -> tuple[list[str], list[dict]]:
    """Rie (or `person`) writes in her 1:1 chat; the texts and cards she gets back."""
    bot.connector.clear()
    activity = bot.activity("personal_message", locale=locale, text=text)
    if person is not None:
        activity["from"] = person
        activity["conversation"] = {**activity["conversation"],
                                    "id": f"a:1personal-{person['aadObjectId']}"}
    await bot.post(activity)
    return bot.connector.texts(), bot.connector.cards()


async def install_steering_group(bot) -> None:
    await install_another_group(bot, STEERING, "Styregruppen", STEERING_LINE)


async def install_another_group(bot, conversation: str, name: str, line: str) -> None:
    """The bot added to another group's chat, and a meeting planned there by `line`."""
    activity = bot.activity("group_installation_update")
    activity["conversation"] = {**activity["conversation"], "id": conversation, "name": name}
    await bot.post(activity)
    message = bot.activity("group_message")
    message["conversation"] = {**message["conversation"], "id": conversation}
    message["text"] = f"<at>Mødebot</at> {line}"
    await bot.post(message)


def executes(card: dict) -> list[str]:
    return [e["verb"] for e in elements(card) if e.get("type") == "Action.Execute"]


def sections(card: dict) -> list[str]:
    """The group names the card is divided by, top to bottom."""
    return [c["items"][0]["inlines"][0]["text"] for c in card["body"]
            if c.get("type") == "Container" and c.get("spacing") == "Large"]


async def test_with_one_group_the_personal_chat_answers_for_that_group(bot):
    await bot.install()
    await bot.say(LINE)
    texts, [card] = await ask_in_personal_chat(bot, "hvornår er næste møde?")
    text = card_text(card)
    assert "Næste møde" in text and "Netværksgruppe Børn og Unge" in text
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in text
    assert "Ringsted, Hækkerupsvej 1" in text
    assert executes(card) == []  # a click here would act on the personal chat's own group
    assert [e["title"] for e in elements(card) if e.get("type") == "Action.OpenUrl"] == [
        "Tilføj til kalender"]

    _, [agenda] = await ask_in_personal_chat(bot, "dagsorden")
    assert "Dagsorden" in card_text(agenda) and "Kommune-runden" in card_text(agenda)
    assert executes(agenda) == []
    [deadline], _ = await ask_in_personal_chat(bot, "hvornår er fristen?")
    assert deadline == "Fristen for punkter til næste møde er tirsdag den 26. januar 2027 " \
                       "kl. 12.00."
    _, [coming] = await ask_in_personal_chat(bot, "who is coming?", locale="en-GB")
    assert "Who is coming?" in card_text(coming)
    [theme], _ = await ask_in_personal_chat(bot, "hvad er temaet i februar?")
    assert "fredag den 5. februar 2027" in theme
    _, [february] = await ask_in_personal_chat(bot, "hvornår er mødet i februar?")
    assert card_text(february).startswith("Mødet i februar 2027")
    assert "fredag den 5. februar 2027" in card_text(february) and executes(february) == []


async def test_one_group_without_a_meeting_is_named_and_no_planning_example_is_given(bot):
    await bot.install()
    texts, cards = await ask_in_personal_chat(bot, "hvornår er næste møde?")
    assert cards == []
    assert texts == [f"Der er ikke planlagt noget møde i Netværksgruppe Børn og Unge. {WHO_PLANS}"]
    [agenda], _ = await ask_in_personal_chat(bot, "show the agenda", locale="en-GB")
    assert agenda == "No meeting is planned in Netværksgruppe Børn og Unge. The chair or the " \
                     "secretary plans its meetings in the group's chat; then ask me again here."


async def test_with_two_groups_each_answers_under_its_name_the_soonest_first(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "hvornår er næste møde?")
    assert sections(card) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    text = card_text(card)
    assert text.count("Næste møde") == 1
    assert text.count("Styregruppen") == 1  # the section's title, not the meeting's again
    assert text.index("fredag den 22. januar 2027 kl. 12.30–15.00") < text.index(
        "fredag den 5. februar 2027 kl. 10.00–13.00")
    assert executes(card) == []

    _, [deadlines] = await ask_in_personal_chat(bot, "when is the deadline?", locale="en-GB")
    assert sections(deadlines) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    assert "Tuesday 12 January 2027, 12:00" in card_text(deadlines)
    assert "Tuesday 26 January 2027, 12:00" in card_text(deadlines)
    _, [themes] = await ask_in_personal_chat(bot, "hvad er temaet i januar?")
    assert "Rammeaftale 2027" in card_text(themes)
    assert "Der er ikke planlagt noget møde i januar 2027" in card_text(themes)


async def test_past_a_groups_next_deadline_its_later_meeting_is_named_by_its_date(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("nyt møde fredag 12. marts 2027 kl. 9-12 online")
    await install_steering_group(bot)
    bot.clock.set(datetime(2027, 1, 28, 9, 0, tzinfo=UTC))  # 5 February's closed 26 January
    _, [card] = await ask_in_personal_chat(bot, "when is the deadline?", locale="en-GB")
    assert sections(card) == ["Netværksgruppe Børn og Unge", "Styregruppen"]
    network = card_text(card)
    assert "The deadline for items for the next meeting (Friday 5 February 2027) has passed. " \
           "The deadline for items for the meeting on Friday 12 March 2027 is Tuesday 2 March " \
           "2027, 12:00." in network, network


async def test_a_group_without_a_meeting_says_so_under_its_name(bot):
    await bot.install()
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "what is on the agenda?", locale="en-GB")
    assert sections(card) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    network = card["body"][-1]
    assert card_text(network).endswith("No meeting is planned.")


async def test_planning_in_the_personal_chat_still_plans_ones_own_meetings(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.post(bot.activity("personal_conversation_update"))
    _, [planned] = await ask_in_personal_chat(bot, OWN_LINE)
    assert "Mødet er planlagt" in card_text(planned)
    own = [m for m in await meetings(bot) if m.place == "Holbæk"]
    assert len(own) == 1 and await group_of(bot, own[0]) == "a:1personal-rie"

    _, [card] = await ask_in_personal_chat(bot, "næste møde")
    assert sections(card) == ["Netværksgruppe Børn og Unge", "Dine egne møder"]
    assert executes(card["body"][-1]) == ["meeting.edit", "meeting.cancel"]  # her own


async def test_somebody_in_no_group_gets_the_answer_they_always_got(bot):
    await bot.install()
    await bot.say(LINE)
    stranger = {"id": "29:1anne-andersen", "name": "Anne Andersen", "aadObjectId": "aad-anne"}
    texts, cards = await ask_in_personal_chat(bot, "hvornår er næste møde?", person=stranger)
    assert cards == []
    assert "Der er ikke planlagt noget møde" in texts[-1] and "Skriv fx: nyt møde" in texts[-1]


async def test_in_the_group_chat_the_question_is_still_about_that_group_only(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    bot.connector.clear()
    await bot.say("hvornår er næste møde?", user="rie")
    [card] = bot.connector.cards()
    assert "fredag den 5. februar 2027" in card_text(card)
    assert "Styregruppen" not in card_text(card)
    assert "meeting.view" in executes(card)  # the group's leaders' view of it, by refresh


async def group_of(bot, meeting: Meeting) -> str:
    async with bot.uow() as uow:
        return (await uow.groups.get(meeting.group_id)).conversation_id



async def test_a_cancelled_meeting_before_the_next_is_said_in_the_personal_chat_too(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Roskilde")
    january = min(await meetings(bot), key=lambda m: m.starts_at)
    await bot.click("meeting.cancel.confirm", {"meeting_id": january.id})
    texts, [card] = await ask_in_personal_chat(bot, "hvornår er næste møde?")
    assert [t for t in texts if t] == ["Mødet fredag den 15. januar 2027 er aflyst."]
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in card_text(card)

    await install_steering_group(bot)
    _, [both] = await ask_in_personal_chat(bot, "when is the next meeting?", locale="en-GB")
    assert sections(both) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    network = card_text(both["body"][-1])
    assert network.index("The meeting on Friday 15 January 2027 is cancelled.") < network.index(
        "Friday 5 February 2027, 10:00–13:00")


async def test_a_group_she_left_is_not_answered_for_in_her_personal_chat(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await bot.post(removed(bot, USERS["rie"]))  # Rie leaves the network group's chat
    for question in ("hvornår er næste møde?", "dagsorden", "hvem kommer?"):
        _, [card] = await ask_in_personal_chat(bot, question)
        assert "Netværksgruppe Børn og Unge" not in card_text(card), question
        assert "Styregruppen" in card_text(card), question
    [theme], _ = await ask_in_personal_chat(bot, "hvad er temaet i februar?")
    assert "5. februar" not in theme and "Netværksgruppe" not in theme


async def test_a_group_the_bot_was_removed_from_is_not_answered_for(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    await bot.post(removed(bot, BOT))  # the bot is removed from the network group's chat
    for question in ("hvornår er næste møde?", "dagsorden"):
        _, [card] = await ask_in_personal_chat(bot, question)
        assert "Netværksgruppe Børn og Unge" not in card_text(card), question
        assert "Styregruppen" in card_text(card), question


async def test_a_group_without_a_meeting_gets_no_planning_line_to_copy_into_the_personal_chat(
        bot):
    await bot.install()
    await bot.say(LINE)  # the group meets 5 February 2027, nothing in March
    [march], _ = await ask_in_personal_chat(bot, "hvad er temaet i marts?")
    assert march == "Der er ikke planlagt noget møde i marts 2027, så der er heller ikke noget " \
                    "tema endnu."
    await bot.say("aflys næste møde")
    [meeting] = await meetings(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id})
    [theme], _ = await ask_in_personal_chat(bot, "hvad er temaet?")
    assert theme == f"Der er ikke planlagt noget møde i Netværksgruppe Børn og Unge. {WHO_PLANS}"
    clicked = await click_there(bot, "a:1personal-rie", {  # the help card's button
        "verb": "question.ask", "data": {"intent": "next_meeting", "text": ""}},
        person=USERS["rie"])
    assert clicked["value"] == "Mødet fredag den 5. februar 2027 er aflyst. Der er ikke " \
                               f"planlagt noget møde i Netværksgruppe Børn og Unge. {WHO_PLANS}"
    assert [m.id for m in await meetings(bot)] == [meeting.id]  # none in the personal chat


async def test_in_the_group_chat_a_month_without_a_meeting_still_gets_a_line_to_plan_it(bot):
    await bot.install()
    await bot.say(LINE)
    bot.connector.clear()
    await bot.say("hvad er temaet i marts?")
    [march] = bot.connector.texts()
    assert march.endswith("fx: nyt møde fredag 12. marts 2027 kl. 10-13 i Ringsted, "
                          "Hækkerupsvej 1 tema: Psykiatri")


async def test_a_dated_regrets_in_the_1_1_chat_shows_only_the_group_meeting_that_day(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "jeg kan ikke komme til mødet 5. februar")
    text = card_text(card)
    assert "fredag den 5. februar 2027" in text and "Styregruppen" not in text, text
    assert "Intet planlagt møde passer" not in text, text
    assert "afbud til mødet 22. januar 2027" not in text, text


async def test_a_date_no_group_meets_on_is_answered_once_with_the_groups_dates(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    texts, cards = await ask_in_personal_chat(bot, "jeg kan ikke komme til mødet 12. februar")
    assert cards == [] and texts == [
        "Intet planlagt møde passer med “12. februar”. De planlagte møder er 22. januar 2027, "
        "5. februar 2027. Skriv fx: afbud til mødet 5. februar 2027"]


async def test_a_former_member_clicking_regrets_is_told_she_is_not_in_the_group(bot, caplog):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "jeg kan ikke komme til næste møde")
    [_, network] = [e for e in elements(card) if e.get("title") == "Ja, meld afbud"]
    await bot.post(removed(bot, USERS["rie"]))  # Rie leaves the network group's chat
    caplog.set_level(logging.WARNING)
    refused = await click_there(bot, "a:1personal-rie", network, person=USERS["rie"])
    assert refused["value"] == ("Du er ikke længere medlem af den gruppe, kortet hører til, så "
                                "dets knapper virker ikke for dig.")
    assert "refused: card of a group the clicker left" in caplog.text
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(Attendance))) == []
