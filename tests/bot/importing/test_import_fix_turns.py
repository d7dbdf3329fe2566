"""The import preview's fixes for what the reader was unsure of, applied by *Importér* in its
one write, and refused with an example when they do not fit; then the roles and meetings the
minutes name, given and planned by one more click of the chair or the secretary, once."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.entities import Meeting
from tests.bot.importing.import_file_steps import button, click_in_chat, send_file
from tests.bot.importing.test_import_turns import counts, import_button
from tests.card_reading import card_text, elements

# An e-mail's minutes: no end time, no place, the minute-taker only as the one who signed,
# three lines after the items nothing reads, a chair by title and the next meeting.
MINUTES = """Referat af netværksmøde tirsdag den 10. november 2026 kl. 13.00

Til stede: Lisbet Daugaard-Hansen (Holbæk), Rie Nielsen (Holbæk), Daniel Gottrup, formand (Næstved)

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. Nyt fra kommunerne
Daniel undersøger, om Næstveds procedure kan deles med netværket.

3. Eventuelt
Intet.

Næste møde: 12. januar 2027 kl. 9-12 i Køge.

Venlig hilsen
Rie Nielsen
Holbæk Kommune
"""


async def preview(bot) -> dict:
    await bot.install()
    bot.connector.clear()
    await bot.say("importér referat\n" + MINUTES)
    return bot.connector.cards()[-1]


def inputs(card: dict) -> dict[str, dict]:
    return {e["id"]: e for e in elements(card) if str(e.get("type", "")).startswith("Input.")}


async def imported(bot, card: dict, user: str = "lisbet", **fixes) -> dict:
    return await bot.click("minutes.import", {**import_button(card)["data"], **fixes},
                           user=user)


async def test_the_minute_taker_date_time_and_place_are_corrected_on_the_preview(bot):
    card = await preview(bot)
    shown = inputs(card)
    taker = shown["fix_taker"]
    assert [c["title"] for c in taker["choices"]][taker_index(taker, "Rie")].startswith("Rie")
    assert (shown["fix_day"]["value"], shown["fix_starts"]["value"],
            shown["fix_ends"]["value"]) == ("2026-11-10", "13:00", "16:00")
    assert "fix_place" in shown and {"fix_line_16", "fix_line_17", "fix_line_18"} <= set(shown)

    answer = await imported(bot, card, fix_taker=str(taker_index(taker, "Lisbet")),
                            fix_day="2026-11-09", fix_starts="13:00", fix_ends="15:30",
                            fix_place="Køge Rådhus, lokale 2")
    assert "Referat importeret" in card_text(answer["value"])
    async with bot.uow() as uow:
        [meeting] = await uow.session.scalars(select(Meeting))
        [minutes] = await uow.session.scalars(select(Minutes))
    # 13.00–15.30 in Copenhagen in November is 12.00–14.30 UTC.
    assert (meeting.starts_at.replace(tzinfo=UTC), meeting.ends_at.replace(tzinfo=UTC)) == (
        datetime(2026, 11, 9, 12, 0, tzinfo=UTC), datetime(2026, 11, 9, 14, 30, tzinfo=UTC))
    assert meeting.place == "Køge Rådhus, lokale 2"
    assert minutes.minute_taker_name == "Lisbet Daugaard-Hansen"


async def test_lines_nothing_read_are_added_as_an_item_or_a_note_or_ignored_as_chosen(bot):
    card = await preview(bot)
    await imported(bot, card, fix_line_16="item", fix_line_17="ignore",
                   fix_line_18="note", fix_line_18_item="3")
    async with bot.uow() as uow:
        entries = {e.number: e for e in await uow.session.scalars(select(MinutesEntry))}
    assert sorted(entries) == [1, 2, 3, 4] and entries[4].title == "Venlig hilsen"
    assert entries[3].notes.splitlines()[-1] == "Holbæk Kommune"
    assert not any("Rie Nielsen" in (e.notes or "") + e.title for e in entries.values())


async def test_a_correction_that_does_not_fit_is_refused_with_an_example_and_writes_nothing(bot):
    card = await preview(bot)
    refusals = [
        ({"fix_day": "29/9 2026"}, "“29/9 2026” er ikke en dato. Vælg mødets dag i datofeltet, "
                                   "og klik på Importér."),
        # The times as a Dane writes them, not as the field sends them ("13:00–12:00").
        ({"fix_starts": "13:00", "fix_ends": "12:00"},
         "Mødet skal slutte, efter det begynder (13.00–12.00). Vælg tidspunkterne igen"),
        ({"fix_line_99": "item"}, "Referatet har ingen sådan linje at placere (“99”)"),
        ({"fix_line_16": "note", "fix_line_16_item": "7"}, "for eksempel 3 (ikke “7”)"),
        ({"fix_taker": "12"}, "Referenten skal være en af deltagerne på kortet"),
    ]
    for fixes, words in refusals:
        answer = await imported(bot, card, **fixes)
        assert words in answer["value"], (fixes, answer["value"])
        assert await counts(bot) == (0, 0, 0)
    # A member is refused as a member, whatever the fixes say.
    refused = await imported(bot, card, fix_day="29/9 2026", user="rie")
    assert refused["value"] == "Det kan kun formanden og sekretæren."
    # The preview is still there: the same card imports once its fixes fit.
    answer = await imported(bot, card, fix_day="2026-11-09")
    assert "Referat importeret" in card_text(answer["value"])
    assert (await counts(bot))[0] == 1


async def test_the_roles_and_meetings_the_minutes_name_are_done_on_one_click_and_only_once(bot):
    card = await preview(bot)
    answer = (await imported(bot, card))["value"]
    daniel = await member(bot, "Daniel Gottrup")
    ticks = inputs(answer)
    assert ticks[f"role_{daniel.id}"]["title"] == \
        "Gør Daniel Gottrup til formand (referatet skriver “formand”)"
    # Written as every card writes a meeting: weekday, "den" and "kl.".
    assert ticks["plan_0"]["title"] == "Planlæg mødet tirsdag den 12. januar 2027 kl. 9.00–12.00"
    [button] = [e for e in elements(answer) if e.get("verb") == "minutes.import.follow_ups"]
    data = {**button["data"], f"role_{daniel.id}": "true", "plan_0": "true"}

    done = card_text((await bot.click("minutes.import.follow_ups", data))["value"])
    assert "Daniel Gottrup er nu formand." in done
    assert "Planlagt: tirsdag den 12. januar 2027 kl. 9.00–12.00" in done
    assert (await member(bot, "Daniel Gottrup")).role == "chair"
    assert await planned(bot) == [datetime(2027, 1, 12, 8, 0, tzinfo=UTC)]
    invitations = await queued(bot)
    assert invitations  # the planned meeting's reminder and agenda cycle, as planning queues

    again = card_text((await bot.click("minutes.import.follow_ups", data))["value"])
    assert "2 var allerede på plads og er ikke ændret." in again
    assert await planned(bot) == [datetime(2027, 1, 12, 8, 0, tzinfo=UTC)]
    assert await queued(bot) == invitations


async def test_a_ticked_meeting_overlapping_another_is_refused_with_it_named_not_called_done(bot):
    card = await preview(bot)
    answer = (await imported(bot, card))["value"]
    await bot.say("nyt møde tirsdag 12. januar 2027 kl. 10-13 i Ringsted")
    [button] = [e for e in elements(answer) if e.get("verb") == "minutes.import.follow_ups"]
    bot.connector.clear()

    response = await bot.click("minutes.import.follow_ups", {**button["data"], "plan_0": "true"})

    said = response["value"]
    assert response["type"] == "application/vnd.microsoft.activity.message"
    assert "Der er allerede et møde på det tidspunkt." in said, said
    assert "tirsdag den 12. januar 2027 kl. 10.00–13.00" in said, said
    assert "allerede gjort" not in said
    assert await planned(bot) == [datetime(2027, 1, 12, 9, 0, tzinfo=UTC)]


async def test_a_member_may_not_give_the_roles_or_plan_the_meetings_and_is_logged(bot, caplog):
    card = await preview(bot)
    answer = (await imported(bot, card))["value"]
    daniel = await member(bot, "Daniel Gottrup")
    [button] = [e for e in elements(answer) if e.get("verb") == "minutes.import.follow_ups"]
    data = {**button["data"], f"role_{daniel.id}": "true", "plan_0": "true"}
    refused = await bot.click("minutes.import.follow_ups", data, user="rie")
    assert refused["value"] == "Det kan kun formanden og sekretæren."
    assert "refused: not chair or secretary" in caplog.text
    assert (await member(bot, "Daniel Gottrup")).role == "member"
    assert await planned(bot) == []


async def test_the_secretary_who_took_the_minutes_is_not_offered_the_minute_takers_role(bot):
    """A chair or secretary named "Referent:" would lose the role that lets them plan; they
    write minutes anyway, so nothing is offered for them."""
    await bot.install()
    await bot.say("importér referat\n" + MINUTES.replace(
        "Til stede: ", "Referent: Lisbet Daugaard-Hansen\nTil stede: "))
    answer = (await imported(bot, bot.connector.cards()[-1]))["value"]
    lisbet = await member(bot, "Lisbet Daugaard-Hansen")
    assert f"role_{lisbet.id}" not in inputs(answer)
    assert "Gør Daniel Gottrup til formand" in card_text(answer)
    [button] = [e for e in elements(answer) if e.get("verb") == "minutes.import.follow_ups"]
    forged = {**button["data"], "roles": {str(lisbet.id): "Referent:"},
              f"role_{lisbet.id}": "true"}
    await bot.click("minutes.import.follow_ups", forged)
    assert (await member(bot, "Lisbet Daugaard-Hansen")).role == "secretary"


async def test_in_the_1_1_chat_the_fixes_and_the_ticks_act_on_the_group_the_file_is_for(
        bot, file_server):
    await bot.install()
    file_server.files["referat.txt"] = MINUTES.encode("utf-8")
    _, [card] = await send_file(bot, file_server.url("referat.txt"), "referat.txt")
    taker = inputs(card)["fix_taker"]
    answer = (await click_in_chat(bot, button(card, "minutes.import"), fix_day="2026-11-09",
                                  fix_taker=str(taker_index(taker, "Lisbet"))))["value"]
    async with bot.uow() as uow:
        [minutes] = await uow.session.scalars(select(Minutes))
    assert minutes.minute_taker_name == "Lisbet Daugaard-Hansen"
    daniel = await member(bot, "Daniel Gottrup")
    done = await click_in_chat(bot, button(answer, "minutes.import.follow_ups"),
                               **{f"role_{daniel.id}": "true", "plan_0": "true"})
    assert "Daniel Gottrup er nu formand." in card_text(done["value"])
    assert (await member(bot, "Daniel Gottrup")).role == "chair"
    assert await planned(bot) == [datetime(2027, 1, 12, 8, 0, tzinfo=UTC)]


def taker_index(choice_set: dict, first_name: str) -> int:
    [index] = [int(c["value"]) for c in choice_set["choices"] if c["title"].startswith(first_name)]
    return index


async def member(bot, name: str) -> Member:
    async with bot.uow() as uow:
        [found] = await uow.session.scalars(select(Member).where(Member.name == name))
        return found


async def queued(bot) -> list[str]:
    async with bot.uow() as uow:
        return sorted(str(kind) for kind in await uow.session.scalars(
            select(OutboxMessage.kind).where(OutboxMessage.meeting_id.is_not(None))))


async def planned(bot) -> list[datetime]:
    async with bot.uow() as uow:
        found = await uow.session.scalars(select(Meeting).where(Meeting.status == "planned"))
        return [m.starts_at.replace(tzinfo=UTC) for m in found]
