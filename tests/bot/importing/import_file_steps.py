"""Steps of the Teams import tests: a loopback server's files, served as Teams' download URLs
serve them, a file sent in a 1:1 chat, a click on the preview's buttons there, and the counts of
what was written."""

import copy
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web
from sqlalchemy import func, select

from meetings.minutes.entities import MinutesEntry, PendingImport
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from tests.bot.conftest import USERS
from tests.card_reading import elements

SEED = (Path(__file__).parents[2] / "fixtures" / "minutes" / "network_2023_09_29.txt").read_text(
    encoding="utf-8")
LISBET = USERS["lisbet"]
LISBETS_CHAT = "a:1personal-lisbet"


@dataclass
class FileServer:
    """Files by name, each fetched at most once per request; `fetched` counts the requests."""

    base: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)

    def url(self, name: str) -> str:
        return f"{self.base}/download/{name}?tempauth=v1.token"

    async def serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self.fetched.append(name)
        if name not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[name])


async def send_file(bot, url: str, name: str, *, person: dict = LISBET, locale: str = "da-DK",
                    file_type: str | None = None) -> tuple[list[str], list[dict]]:
    """`person` attaches the file in their 1:1 chat; the texts and cards they get back."""
    bot.connector.clear()
    activity = bot.activity("personal_file_message", locale=locale)
    activity["from"] = person
    activity["conversation"] = {**activity["conversation"],
                                "id": f"a:1personal-{person['aadObjectId']}"}
    [attachment] = activity["attachments"]
    attachment["name"] = name
    attachment["content"].update(downloadUrl=url,
                                 fileType=file_type or name.rsplit(".", 1)[-1])
    await bot.post(activity)
    return bot.connector.texts(), bot.connector.cards()


def button(card: dict, verb: str) -> dict:
    [action] = [e for e in elements(card) if e.get("verb") == verb]
    return action


async def click_in_chat(bot, action: dict, *, person: dict = LISBET, locale: str = "da-DK",
                        **inputs) -> dict:
    """`person` clicks the button in their 1:1 chat, with the inputs chosen."""
    activity = bot.activity("card_action", locale=locale)
    activity["from"] = person
    activity["conversation"] = {"conversationType": "personal",
                                "id": f"a:1personal-{person['aadObjectId']}",
                                "tenantId": "tenant-kkr-sjaelland"}
    activity["value"]["action"].update(verb=action["verb"],
                                       data={**copy.deepcopy(action.get("data", {})), **inputs})
    return await (await bot.post(activity)).json()


async def written(bot) -> tuple[int, int, int]:
    """Meetings, minutes entries and tasks in the database."""
    async with bot.uow() as uow:
        return tuple([await uow.session.scalar(select(func.count()).select_from(model))
                      for model in (Meeting, MinutesEntry, Task)])


async def waiting(bot) -> int:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(PendingImport))
