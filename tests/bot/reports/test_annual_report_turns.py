"""The annual report turn by turn: asked for in chat, its texts written by the secretary on a
card, seen by a member without the edit button, and a year out of range answered in words."""

from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import select

from meetings.reports.entities import AnnualTexts
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.test_turns import meetings
from tests.card_reading import card_text, elements

PURPOSE = "Netværket udveksler viden om børne- og ungeområdet."


def verbs(card: dict) -> list[str]:
    return [e["verb"] for e in elements(card) if "verb" in e]


def urls(card: dict) -> list[str]:
    return [e["url"] for e in elements(card) if "url" in e]


def report_link(card: dict, ext: str) -> str:
    [url] = [url for url in urls(card) if "/report/" in url and url.endswith(f".{ext}")]
    assert url.startswith("http://127.0.0.1:3978/report/")
    return urlsplit(url).path


async def ask(bot, text: str, *, user: str = "lisbet", locale: str = "da-DK") -> dict:
    bot.connector.clear()
    await bot.say(text, user=user, locale=locale)
    return bot.connector.cards()[-1]


async def test_the_report_is_asked_for_by_year_with_its_downloads(bot):
    await bot.install()
    card = await ask(bot, "årsrapporten for 2026", locale="en-GB")  # asked in Danish
    assert "Årsrapport 2026" in card_text(card)
    assert "0 møder afholdt, 0 forskellige personer." in card_text(card)
    english = await ask(bot, "annual report 2026")
    assert "0 meetings held, 0 different people." in card_text(english)
    async with bot.uow() as uow:
        assert not (await uow.session.scalars(select(AnnualTexts))).all()  # a read writes none
    word = await bot.client.get(report_link(card, "docx"))
    assert word.status == 200 and "2026" in word.headers["Content-Disposition"]
    assert "report.texts" in verbs(card)


async def test_the_secretary_writes_the_purpose_on_the_card(bot):
    await bot.install()
    form = await bot.click("report.texts", {"year": 2026})
    assert "report.texts.save" in verbs(form["value"])
    saved = await bot.click("report.texts.save", {"year": 2026, "purpose": PURPOSE,
                                                  "attention": ""})
    assert PURPOSE in card_text(saved["value"]) and "Gemt." in card_text(saved["value"])
    too_long = await bot.click("report.texts.save", {"year": 2026, "purpose": "x" * 4001,
                                                     "attention": ""}, locale="en-GB")
    assert "At most 4000 characters" in card_text(too_long["value"])
    async with bot.uow() as uow:
        [texts] = await uow.session.scalars(select(AnnualTexts))
    assert (texts.year, texts.purpose, texts.attention) == (2026, PURPOSE, None)


async def test_a_member_sees_the_report_but_may_not_write_its_texts(bot):
    await bot.install()
    card = await ask(bot, "annual report", user="rie", locale="en-GB")
    assert "Annual report 2026" in card_text(card)  # November: this year's
    assert "report.texts" not in verbs(card)
    refused = await bot.click("report.texts.save", {"year": 2026, "purpose": "Mine"},
                              user="rie", locale="en-GB")
    assert "Only the chair and the secretary" in refused["value"]


async def test_a_year_out_of_range_is_answered_in_words(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("årsrapport 1999", locale="en-GB")
    assert any("fra 2000 til 2100" in text and "årsrapport 2026" in text
               for text in bot.connector.texts())
    bot.connector.clear()
    await bot.say("annual report 1999")
    assert any("from 2000 to 2100" in text for text in bot.connector.texts())


async def test_a_year_out_of_range_on_the_card_is_answered_about_the_year(bot):
    await bot.install()
    for verb in ("report.texts", "report.show"):
        answer = await bot.click(verb, {"year": 99999})
        text = card_text(answer["value"]) if isinstance(answer["value"], dict) \
            else str(answer["value"])
        assert "Året skal ligge mellem 2000 og 2100" in text
        assert "indstillinger" not in text.casefold()


async def test_next_years_report_starts_from_this_years_purpose(bot):
    await bot.install()
    await bot.click("report.texts.save", {"year": 2026, "purpose": PURPOSE, "attention": ""})
    card = await ask(bot, "årsrapport 2027")
    assert PURPOSE in card_text(card)
    form = await bot.click("report.texts", {"year": 2027})
    assert PURPOSE in card_text(form["value"])  # filled in, for the secretary to edit


async def report_markdown(bot, text: str) -> str:
    card = await ask(bot, text, user="rie")
    return await (await bot.client.get(report_link(card, "md"))).text()


def section(markdown: str, heading: str) -> str:
    return markdown.split(f"## {heading}", 1)[1].split("##", 1)[0]


async def test_who_has_left_is_no_contact_and_represents_only_the_years_they_were_in(bot):
    await bot.install()
    await bot.post(removed(bot, USERS["lisbet"]))  # the secretary leaves, 25 November 2026
    await bot.click("members.take_over", {}, user="rie")  # Rie takes over as secretary
    await bot.post(removed(bot, USERS["daniel"]))  # Daniel (Næstved) leaves too
    contacts = section(await report_markdown(bot, "årsrapport 2026"), "Kontaktpersoner")
    assert "Rie Nielsen" in contacts and "Lisbet" not in contacts
    assert "Daniel Gottrup" in section(await report_markdown(bot, "årsrapport 2026"),
                                       "Repræsentation")  # he was in the group in 2026
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    later = await report_markdown(bot, "årsrapport 2027")
    assert "Daniel Gottrup" not in section(later, "Repræsentation")
    assert "Næstved" not in section(later, "Fremmøde pr. organisation")


async def test_last_years_report_is_counted_from_the_groups_today(bot):
    await bot.install()  # Wednesday 25 November 2026
    for text, heading in (("årsrapporten for sidste år", "Årsrapport 2025"),
                          ("annual report for last year", "Annual report 2025"),
                          ("årsrapport for i år", "Årsrapport 2026")):
        assert card_text(await ask(bot, text)).splitlines()[0] == heading, text


async def test_meetings_held_without_minutes_leave_attendance_unknown_not_zero(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1")
    await bot.say("nyt møde fredag 7. maj 2027 kl. 10-13")
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    card = card_text(await ask(bot, "årsrapport 2027"))
    assert "Fremmødet kendes ikke: der er ikke noget referat af møderne." in card
    assert "0 af 2 møder" not in card
    english = card_text(await ask(bot, "annual report 2027"))
    assert "Attendance is not known: none of the meetings has minutes." in english


async def test_a_year_whose_only_meeting_was_cancelled_says_no_meetings_were_held(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1")
    [meeting] = await meetings(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id})
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    said = "Der blev ikke holdt nogen møder i 2027, så der er intet fremmøde at opgøre."
    card = card_text(await ask(bot, "årsrapport 2027"))
    assert card.count(said) == 1 and "af 0" not in card, card
    english = card_text(await ask(bot, "annual report 2027"))
    assert "No meetings were held in 2027, so there is no attendance to count." in english
    assert "0 of 0" not in english
    attendance = section(await report_markdown(bot, "årsrapport 2027"),
                         "Fremmøde pr. organisation")
    assert attendance.strip() == said


async def test_a_member_made_guest_in_december_still_represented_his_organisation_that_year(bot):
    """The report reads the roles held in its year, not today's: Daniel (Næstved) was a member
    the whole of 2027 and comes only for one item after 1 December."""
    await bot.install()  # November 2026: Daniel (Næstved) is a member
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    await bot.say("gør Daniel til gæst")
    representation = section(await report_markdown(bot, "årsrapport 2027"), "Repræsentation")
    assert "Daniel Gottrup" in representation and "Næstved" in representation
    bot.clock.set(datetime(2029, 1, 5, 9, 0, tzinfo=UTC))
    later = section(await report_markdown(bot, "årsrapport 2028"), "Repræsentation")
    assert "Daniel Gottrup" not in later  # a guest the whole of 2028


async def test_a_guest_made_member_the_year_after_represented_nobody_the_year_before(bot):
    await bot.install()
    await bot.say("gør Daniel til gæst")  # 25 November 2026: a guest the whole of 2027
    bot.clock.set(datetime(2028, 1, 10, 9, 0, tzinfo=UTC))
    await bot.say("gør Daniel til medlem")
    bot.clock.set(datetime(2028, 2, 1, 9, 0, tzinfo=UTC))
    assert "Daniel Gottrup" not in section(await report_markdown(bot, "årsrapport 2027"),
                                           "Repræsentation")
    assert "Daniel Gottrup" in section(await report_markdown(bot, "årsrapport 2026"),
                                       "Repræsentation")  # a member until 25 November
