"""A loopback aiohttp server playing the Bot Connector service: it records what the bot sends."""

import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class FakeConnector:
    members: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}",
                            self._send)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}",
                           self._update)
        app.router.add_get("/v3/conversations/{conversation}/pagedmembers", self._paged_members)
        return app

    async def _send(self, request: web.Request) -> web.Response:
        activity = await request.json()
        activity["_conversation"] = request.match_info["conversation"]
        self.sent.append(activity)
        return web.json_response({"id": f"m{next(self._ids)}"})

    async def _update(self, request: web.Request) -> web.Response:
        activity = await request.json()
        activity["_activity"] = request.match_info["activity"]
        self.updated.append(activity)
        return web.json_response({"id": request.match_info["activity"]})

    async def _paged_members(self, _: web.Request) -> web.Response:
        return web.json_response({"members": self.members})

    # What tests read

    def texts(self) -> list[str]:
        return [a.get("text") or "" for a in self.sent if a.get("type") == "message"]

    def cards(self) -> list[dict[str, Any]]:
        return [att["content"] for a in self.sent for att in a.get("attachments") or []
                if att.get("contentType") == "application/vnd.microsoft.card.adaptive"]

    def clear(self) -> None:
        self.sent.clear()
        self.updated.clear()
