"""A Bot Connector on loopback that answers every post at once and counts what it got: cards,
echoes and anything else (a bot's apology for a failed turn)."""

import itertools

from aiohttp import web

CARD = "application/vnd.microsoft.card.adaptive"


class InstantConnector:
    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.replies = {"card": 0, "echo": 0, "other": 0}
        self.last: dict = {}

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._post)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._post)
        app.router.add_get("/v3/conversations/{conversation}/pagedmembers", self._members)
        app.router.add_get("/stats", self._stats)
        return app

    async def _post(self, request: web.Request) -> web.Response:
        self.last = await request.json()
        self.replies[_kind(self.last)] += 1
        return web.json_response({"id": str(next(self._ids))}, status=201)

    async def _members(self, _: web.Request) -> web.Response:
        return web.json_response({"members": []})

    async def _stats(self, _: web.Request) -> web.Response:
        return web.json_response({"replies": self.replies, "last": self.last})


def _kind(activity: dict) -> str:
    if any(a.get("contentType") == CARD for a in activity.get("attachments") or []):
        return "card"
    return "echo" if (activity.get("text") or "").startswith("Echo: ") else "other"
