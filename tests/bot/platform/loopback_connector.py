"""A loopback aiohttp server playing the Bot Connector: it answers every request the same way
and records what came, down to the raw path, the headers and the client's port."""

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    port: int


@dataclass
class LoopbackConnector:
    """Answers every request with `status`, `body` and `headers`; records what came."""

    status: int = 201
    body: Any = field(default_factory=lambda: {"id": "1795606112769"})
    headers: dict[str, str] = field(default_factory=dict)
    hold: asyncio.Event | None = None
    seen: list[Seen] = field(default_factory=list)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._answer)
        return app

    async def _answer(self, request: web.Request) -> web.Response:
        self.seen.append(Seen(request.method, request.raw_path, dict(request.headers),
                              await request.json(),
                              request.transport.get_extra_info("peername")[1]))
        if self.hold is not None:
            await self.hold.wait()
        return web.json_response(self.body, status=self.status, headers=self.headers)
