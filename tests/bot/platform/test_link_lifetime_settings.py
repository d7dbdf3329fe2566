"""How long links open is a setting: DOCUMENT_LINK_DAYS for the documents' links (calendar,
agenda, referat, annual report), EXPORT_LINK_HOURS for a person's export."""

from datetime import timedelta

import pytest

from bot.settings import Settings
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.platform.test_download_links import agenda_path, calendar_path
from tests.bot.privacy.test_privacy_turns import export_paths


@pytest.fixture
def settings_env() -> dict[str, str]:
    return {"DOCUMENT_LINK_DAYS": "7", "EXPORT_LINK_HOURS": "2"}


async def test_document_links_open_for_the_days_the_setting_gives(bot):
    meeting_id = await planned(bot)
    agenda, calendar = await agenda_path(bot, meeting_id), await calendar_path(bot)
    bot.clock.advance(timedelta(days=7))
    assert (await bot.client.get(agenda)).status == 200
    bot.clock.advance(timedelta(days=1))
    assert (await bot.client.get(agenda)).status == 404
    assert (await bot.client.get(calendar)).status == 404
    assert (await bot.client.get(await agenda_path(bot, meeting_id))).status == 200


async def test_the_export_link_opens_for_the_hours_the_setting_gives_and_says_so(bot):
    await bot.install()
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    assert "Linkene virker i 2 timer" in text
    path = export_paths(text)["json"]
    bot.clock.advance(timedelta(hours=1, minutes=59))
    assert (await bot.client.get(path)).status == 200
    bot.clock.advance(timedelta(minutes=2))
    assert (await bot.client.get(path)).status == 404


def test_the_settings_default_to_90_days_and_24_hours_and_refuse_zero():
    defaults = Settings(_env_file=None).link_lifetimes()
    assert (defaults.document_days, defaults.export_hours) == (90, 24)
    with pytest.raises(ValueError, match="DOCUMENT_LINK_DAYS"):
        Settings(_env_file=None, DOCUMENT_LINK_DAYS="0")
