"""A chat whose name holds a line break (a name Teams passes on as it was typed) still gets
its referat, agenda and annual report: the file name in the download's header is made safe."""

from urllib.parse import quote

import pytest

from tests.bot.minutes.minutes_turn_steps import held, opened, the_minutes
from tests.links import agenda_path, minutes_path, report_path

NAME = "Netværk\r\nX-Evil: 1"
SAFE = "Netværk X-Evil 1"


async def named_in_teams(bot, name: str) -> None:
    """The chat renamed in Teams: its next message carries the new name."""
    activity = bot.activity("group_message", text="<at>Mødebot</at> hjælp")
    activity["conversation"] = {**activity["conversation"], "name": name}
    await bot.post(activity)
    async with bot.uow() as uow:
        assert (await uow.groups.by_conversation(activity["conversation"]["id"])).name == name


@pytest.mark.parametrize("ext", ["docx", "md"])
async def test_each_document_of_a_group_named_with_a_line_break_downloads(bot, ext):
    meeting_id = await held(bot)
    await opened(bot)
    await named_in_teams(bot, NAME)
    async with bot.uow() as uow:
        meeting = await uow.meetings.get(meeting_id)
        group = await uow.groups.get(meeting.group_id)
    now = bot.clock.now()
    downloads = {
        minutes_path(await the_minutes(bot), ext, now): "Referat 2027-02-05",
        agenda_path(meeting, ext, now): "Dagsorden 2027-02-05",
        report_path(group, 2026, ext, now): "Årsrapport 2026",
    }
    for path, start in downloads.items():
        response = await bot.client.get(path)
        assert response.status == 200, (path, await response.text())
        assert "X-Evil" not in response.headers
        disposition = response.headers["Content-Disposition"]
        assert f"filename*=UTF-8''{quote(f'{start} {SAFE}.{ext}', safe='')}" in disposition
        plain = start.replace("Å", "Aa")
        assert f'filename="{plain} Netvaerk X-Evil 1.{ext}"' in disposition
