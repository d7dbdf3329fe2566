"""Conversations with the bot, turn by turn, from recorded Teams activities."""

from datetime import UTC, datetime

from sqlalchemy import func, select

from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import Role
from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from tests.card_reading import card_text, elements
from tests.links import calendar_path

GROUP = "19:netvaerk-boern-unge@thread.v2"
LINE = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"


async def count(bot, model, *where) -> int:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(model).where(*where))


async def meetings(bot) -> list[Meeting]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Meeting).order_by(Meeting.id)))


async def test_installing_in_a_group_chat_registers_group_roster_address_and_secretary(bot):
    await bot.install()

    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        members = {m.name: m for m in await uow.members.of_group(group.id)}
        address = await uow.addresses.by_conversation(GROUP)
    assert group.name == "Netværksgruppe Børn og Unge"
    assert group.time_zone == "Europe/Copenhagen" and group.language == "da"
    assert set(members) == {"Lisbet Daugaard-Hansen", "Rie Nielsen", "Daniel Gottrup"}
    assert members["Lisbet Daugaard-Hansen"].role == Role.SECRETARY
    assert members["Rie Nielsen"].role == Role.MEMBER
    assert members["Rie Nielsen"].email == "rie@holbaek.dk"
    assert address.tenant_id == "tenant-kkr-sjaelland"
    assert address.service_url == bot.connector_url
    assert address.bot_id == "28:00000000-0000-0000-0000-00000000b075"
    assert "Hej! Jeg er Mødebot" in bot.connector.texts()[0]
    assert "Det kan Mødebot" in card_text(bot.connector.cards()[0])


async def test_installing_twice_welcomes_once_and_duplicates_nobody(bot):
    await bot.install()
    await bot.install()
    assert await count(bot, Member) == 3
    assert await count(bot, Group) == 1
    assert len(bot.connector.texts()) == 1


async def test_a_personal_install_makes_the_user_secretary_of_their_own_meetings(bot):
    await bot.post(bot.activity("personal_conversation_update"))
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation("a:1personal-rie")
        address = await uow.addresses.by_conversation("a:1personal-rie")
    assert group.kind == "personal"
    assert address.member_aad_object_id == "aad-rie"
    assert await count(bot, Member, Member.role == Role.SECRETARY) == 1


async def test_asking_for_the_next_meeting_when_none_is_planned_gives_an_example(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("hvornår er næste møde?")
    [answer] = bot.connector.texts()
    assert "Der er ikke planlagt noget møde" in answer
    assert "fx: “@Mødebot nyt møde fredag" in answer


async def test_the_secretary_plans_by_one_line_and_everyone_can_ask_in_danish_and_english(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    assert meeting.starts_at == datetime(2027, 2, 5, 9, 0, tzinfo=UTC)
    assert meeting.ends_at == datetime(2027, 2, 5, 12, 0, tzinfo=UTC)
    assert meeting.place == "Ringsted, Hækkerupsvej 1"

    bot.connector.clear()
    await bot.say("hvornår er næste møde?", user="rie")
    danish = card_text(bot.connector.cards()[-1])
    assert "Næste møde" in danish
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in danish
    assert "Ringsted, Hækkerupsvej 1" in danish

    await bot.say("when is the next meeting?", user="daniel", locale="en-GB")
    english = card_text(bot.connector.cards()[-1])
    assert "Next meeting" in english
    assert "Friday 5 February 2027, 10:00–13:00" in english


async def test_a_member_who_is_not_chair_or_secretary_cannot_plan(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say(LINE, user="rie")
    assert await count(bot, Meeting) == 0
    assert "Det kan kun formanden og sekretæren" in bot.connector.texts()[-1]


async def test_an_impossible_date_is_answered_with_an_example_and_nothing_is_stored(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("nyt møde den 31. februar 2027 kl. 10-13")
    assert await count(bot, Meeting) == 0
    answer = bot.connector.texts()[-1]
    assert "31. februar" in answer and "findes ikke" in answer
    assert "Skriv fx: nyt møde" in answer


async def test_an_unknown_line_gets_help_in_the_language_it_was_written_in(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("the printer on the second floor is broken", locale="en-US")
    assert "Write “help”" in card_text(bot.connector.cards()[-1])
    await bot.say("hjælp", locale="en-US")
    assert "Det kan Mødebot" in card_text(bot.connector.cards()[-1])


async def test_planning_by_card_returns_the_meeting_card_in_place(bot):
    await bot.install()
    response = await bot.click("meeting.plan", {
        "date": "2027-03-12", "start": "10:00", "end": "13:00", "place": "",
        "online": "true", "theme": "Psykiatrien"})
    assert response["statusCode"] == 200
    assert response["type"] == "application/vnd.microsoft.card.adaptive"
    text = card_text(response["value"])
    assert "Mødet er planlagt" in text and "Psykiatrien" in text
    [meeting] = await meetings(bot)
    assert meeting.online and meeting.theme == "Psykiatrien"
    assert meeting.starts_at == datetime(2027, 3, 12, 9, 0, tzinfo=UTC)


async def test_a_form_with_a_bad_time_comes_back_with_what_was_typed(bot):
    await bot.install()
    response = await bot.click("meeting.plan", {
        "date": "2027-03-12", "start": "13:00", "end": "10:00", "place": "Sorø",
        "online": "false", "theme": "Venskabsfamilier"})
    text = card_text(response["value"])
    assert "Mødet skal slutte, efter det begynder" in text
    inputs = {e["id"]: e.get("value") for e in elements(response["value"]) if "id" in e}
    assert inputs["place"] == "Sorø" and inputs["theme"] == "Venskabsfamilier"
    assert await count(bot, Meeting) == 0


async def test_a_forged_cancel_from_a_member_is_refused_and_nothing_changes(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    response = await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id}, user="rie")
    assert response["type"] == "application/vnd.microsoft.activity.message"
    assert "Det kan kun formanden og sekretæren" in response["value"]
    [after] = await meetings(bot)
    assert after.status == MeetingStatus.PLANNED


async def test_a_meeting_id_from_another_group_is_not_found(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    personal = bot.activity("card_action")
    personal["from"] = {"id": "29:1rie-nielsen", "name": "Rie Nielsen", "aadObjectId": "aad-rie"}
    personal["conversation"] = {"conversationType": "personal", "id": "a:1personal-rie",
                                "tenantId": "tenant-kkr-sjaelland"}
    personal["value"]["action"].update(verb="meeting.cancel.confirm",
                                       data={"meeting_id": meeting.id})
    response = await (await bot.post(personal)).json()
    assert "kan ikke finde" in response["value"]
    [after] = await meetings(bot)
    assert after.status == MeetingStatus.PLANNED


async def test_cancelling_asks_first_then_updates_the_posted_card_and_a_double_click_is_harmless(
    bot,
):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    ask = await bot.click("meeting.cancel", {"meeting_id": meeting.id})
    assert "Aflys mødet?" in card_text(ask["value"])
    assert (await meetings(bot))[0].status == MeetingStatus.PLANNED

    done = await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id})
    assert "Mødet er aflyst" in card_text(done["value"])
    assert bot.connector.updated[-1]["_activity"] == "1763630200000"
    again = await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id})
    assert "allerede aflyst" in again["value"]
    [after] = await meetings(bot)
    assert after.status == MeetingStatus.CANCELLED and after.sequence == 1

    bot.connector.clear()
    await bot.say("næste møde", user="rie")
    assert "Der er ikke planlagt noget møde" in bot.connector.texts()[-1]


async def test_moving_by_text_changes_time_and_sequence(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("flyt næste møde til 12. februar 2027 kl. 9-12")
    [meeting] = await meetings(bot)
    assert meeting.starts_at == datetime(2027, 2, 12, 8, 0, tzinfo=UTC)
    assert meeting.sequence == 1
    assert "Mødet er flyttet" in card_text(bot.connector.cards()[-1])


async def test_the_calendar_link_serves_an_invite_and_an_unknown_link_is_404(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    response = await bot.client.get(calendar_path(meeting, bot.clock.now()))
    assert response.status == 200
    assert response.content_type == "text/calendar"
    body = (await response.text()).replace("\r\n ", "")  # long lines come folded
    assert "DTSTART:20270205T090000Z" in body and "LOCATION:Ringsted\\, Hækkerupsvej 1" in body
    assert "Planlagt med Mødebot i Teams." in body  # the Danish group's language
    assert (await bot.client.get("/calendar/guess.ics")).status == 404


async def test_an_address_with_a_foreign_service_url_is_not_stored(bot):
    activity = bot.activity("group_message", serviceUrl="https://evil.example/api/")
    activity["text"] = "<at>Mødebot</at> hjælp"
    await bot.post(activity)
    assert await count(bot, ConversationAddress) == 0



async def rie_blocked_the_bot(bot) -> None:
    """Rie has blocked the bot: the group's reminder to her failed for good."""
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        rie = await uow.members.by_aad_object_id(group.id, "aad-rie")
        now = bot.clock.now()
        await uow.outbox.enqueue(dedupe_key="r1", kind="meeting_reminder", group_id=group.id,
                                 member_id=rie.id, payload={}, due_at=now, created_at=now,
                                 status="dead", last_error="HTTP 403 MessageWritesBlocked",
                                 attempts=1)
        await uow.commit()


async def test_the_secretary_sees_undelivered_messages_and_why_members_do_not(bot):
    await bot.install()
    await rie_blocked_the_bot(bot)
    bot.connector.clear()
    await bot.say("ikke leverede beskeder")
    text = card_text(bot.connector.cards()[-1])
    assert "Ikke leverede beskeder" in text and "opgivet efter 1 forsøg" in text
    assert "Rie Nielsen" in text and "blokeret" in text
    await bot.say("undelivered messages", locale="en-GB")
    assert "given up after 1 attempt\n" in card_text(bot.connector.cards()[-1]) + "\n"
    await bot.say("undelivered messages", user="rie", locale="en-GB")
    assert "Only the chair and the secretary" in bot.connector.texts()[-1]


async def test_a_message_before_the_install_does_not_swallow_the_welcome(bot):
    await bot.say("hjælp")  # creates the group before any install event arrives
    await bot.install()
    await bot.install()
    assert sum("Hej! Jeg er Mødebot" in text for text in bot.connector.texts()) == 1
