"""Download links are scoped to one kind of document and expire: a calendar link opens the
calendar and nothing else, and a link 90 days old is refused until it is asked for again."""

from datetime import timedelta
from urllib.parse import urlsplit

from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.test_privacy_turns import export_paths
from tests.card_reading import elements


def open_urls(card: dict) -> dict[str, str]:
    return {e["title"]: urlsplit(e["url"]).path for e in elements(card)
            if e.get("type") == "Action.OpenUrl"}


async def calendar_path(bot) -> str:
    bot.connector.clear()
    await bot.say("hvornår er næste møde?")
    return open_urls(bot.connector.cards()[-1])["Tilføj til kalender"]


async def agenda_path(bot, meeting_id: int) -> str:
    card = await bot.click("agenda.show", {"meeting_id": meeting_id})
    return open_urls(card["value"])["Hent dagsordenen som Word"]


def token_of(path: str) -> str:
    return path.rsplit("/", 1)[1].rsplit(".", 1)[0]


async def test_a_calendar_link_opens_the_calendar_and_not_the_agenda_or_the_minutes(bot):
    await planned(bot)
    path = await calendar_path(bot)
    assert (await bot.client.get(path)).status == 200
    token = token_of(path)
    for other in (f"/agenda/{token}.md", f"/agenda/{token}.docx", f"/minutes/{token}.md",
                  f"/report/{token}.md"):
        assert (await bot.client.get(other)).status == 404, other


async def test_an_agenda_link_opens_the_agenda_and_not_the_calendar(bot):
    meeting_id = await planned(bot)
    path = await agenda_path(bot, meeting_id)
    assert (await bot.client.get(path)).status == 200
    token = token_of(path)
    assert (await bot.client.get(f"/calendar/{token}.ics")).status == 404
    assert (await bot.client.get(f"/minutes/{token}.docx")).status == 404


async def test_a_link_expires_after_90_days_and_asking_again_gives_one_that_works(bot):
    meeting_id = await planned(bot)
    old_agenda, old_calendar = await agenda_path(bot, meeting_id), await calendar_path(bot)
    bot.clock.advance(timedelta(days=89))
    assert (await bot.client.get(old_agenda)).status == 200
    bot.clock.advance(timedelta(days=2))
    assert (await bot.client.get(old_agenda)).status == 404
    assert (await bot.client.get(old_calendar)).status == 404
    new_agenda = await agenda_path(bot, meeting_id)
    assert new_agenda != old_agenda
    assert (await bot.client.get(new_agenda)).status == 200


async def test_a_forged_link_with_a_later_expiry_is_refused(bot):
    meeting_id = await planned(bot)
    path = await agenda_path(bot, meeting_id)
    forged = path.replace("-20", "-29", 1)
    assert forged != path
    assert (await bot.client.get(forged)).status == 404


async def test_every_download_is_an_attachment_not_cached_and_not_sniffed(bot):
    """The headers a municipality's security review asks for on documents with personal data:
    no copy kept by a browser or proxy, no content-type guessing, saved rather than shown."""
    meeting_id = await planned(bot)
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    export = export_paths(text)
    agenda = await agenda_path(bot, meeting_id)
    for path in (await calendar_path(bot), agenda, agenda.replace(".docx", ".md"),
                 export["json"], export["docx"]):
        response = await bot.client.get(path)
        assert response.status == 200, path
        assert response.headers["Cache-Control"] == "no-store", path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
        assert response.headers["Content-Disposition"].startswith("attachment; "), path
