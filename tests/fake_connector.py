"""A loopback aiohttp server playing the Bot Connector service, with faults on demand.

It records what the bot sends, counts deliveries per message text (tests send the dedupe key
as the text) and answers with injected latency, 429 (with or without Retry-After), 5xx, 403
or a hang longer than the client's timeout.
"""

import asyncio
import itertools
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Fault:
    status: int = 500
    code: str | None = None
    retry_after: str | None = None  # as the header carries it: seconds or an HTTP date
    hang: float = 0.0  # seconds to wait before answering at all


@dataclass
class FakeConnector:
    members: list[dict[str, Any]] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)  # the team's, as Teams lists
    latency: float = 0.0
    faults: deque[Fault] = field(default_factory=deque)
    faults_in: dict[str, deque[Fault]] = field(default_factory=dict)  # per conversation
    sent: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)
    deliveries: Counter = field(default_factory=Counter)
    send_times: list[float] = field(default_factory=list)
    gates: dict[str, asyncio.Event] = field(default_factory=dict)  # per conversation: calls
    at_gate: asyncio.Event = field(default_factory=asyncio.Event)  # wait there until it is set
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def app(self) -> web.Application:
        app = web.Application()
        route = "/v3/conversations/{conversation}/activities"
        app.router.add_post(route, self._send)
        app.router.add_post(route + "/{reply_to}", self._send)
        app.router.add_put(route + "/{activity}", self._update)
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_get("/v3/conversations/{conversation}/pagedmembers", self._paged_members)
        app.router.add_get("/v3/conversations/{conversation}/members/{member}", self._member)
        app.router.add_get("/v3/teams/{team}/conversations", self._channels)
        app.router.add_get("/_stats", self._stats)
        return app

    def fail_next(self, *faults: Fault) -> None:
        self.faults.extend(faults)

    def fail_next_in(self, conversation: str, *faults: Fault) -> None:
        """Faults for the calls to one conversation only, before those of `fail_next`."""
        self.faults_in.setdefault(conversation, deque()).extend(faults)

    async def _answer_fault(self, request: web.Request) -> web.Response | None:
        if (gate := self.gates.get(request.match_info.get("conversation", ""))) is not None:
            self.at_gate.set()
            await gate.wait()
        if self.latency:
            await asyncio.sleep(self.latency)
        faults = self.faults_in.get(request.match_info.get("conversation", "")) or self.faults
        if not faults:
            return None
        fault = faults.popleft()
        if fault.hang:
            await asyncio.sleep(fault.hang)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        body = {"error": {"code": fault.code or f"Fault{fault.status}", "message": "injected"}}
        return web.json_response(body, status=fault.status, headers=headers)

    async def _send(self, request: web.Request) -> web.Response:
        if (fault := await self._answer_fault(request)) is not None:
            return fault
        activity = await request.json()
        activity["_conversation"] = request.match_info["conversation"]
        self.sent.append(activity)
        self.send_times.append(time.monotonic())
        self.deliveries[activity.get("text") or ""] += 1
        return web.json_response({"id": f"m{next(self._ids)}"}, status=201)

    async def _update(self, request: web.Request) -> web.Response:
        if (fault := await self._answer_fault(request)) is not None:
            return fault
        activity = await request.json()
        activity["_activity"] = request.match_info["activity"]
        self.updated.append(activity)
        return web.json_response({"id": request.match_info["activity"]})

    async def _create(self, request: web.Request) -> web.Response:
        if (fault := await self._answer_fault(request)) is not None:
            return fault
        parameters = await request.json()
        self.created.append(parameters)
        user = parameters["members"][0]["id"]
        return web.json_response({"id": f"a:personal-{user}"}, status=201)

    async def _paged_members(self, _: web.Request) -> web.Response:
        return web.json_response({"members": self.members})

    async def _channels(self, request: web.Request) -> web.Response:
        """A team's channel list (TeamsInfo.get_team_channels); General has no name."""
        if (fault := await self._answer_fault(request)) is not None:
            return fault
        return web.json_response({"conversations": self.channels})

    async def _member(self, request: web.Request) -> web.Response:
        """One member looked up, as botbuilder does for each newcomer of a conversationUpdate."""
        if (fault := await self._answer_fault(request)) is not None:
            return fault
        for member in self.members:
            if member["id"] == request.match_info["member"]:
                return web.json_response(member)
        return web.json_response({"error": {"code": "MemberNotFoundInConversation",
                                            "message": "no such member"}}, status=404)

    async def _stats(self, _: web.Request) -> web.Response:
        """What a benchmark in another process reads: deliveries, distinct texts, timing."""
        times = self.send_times
        return web.json_response({
            "deliveries": sum(self.deliveries.values()), "distinct": len(self.deliveries),
            "created": len(self.created),
            "first": times[0] if times else None, "last": times[-1] if times else None})

    # What tests read

    def texts(self) -> list[str]:
        return [a.get("text") or "" for a in self.sent if a.get("type") == "message"]

    def cards(self) -> list[dict[str, Any]]:
        return [att["content"] for a in self.sent for att in a.get("attachments") or []
                if att.get("contentType") == "application/vnd.microsoft.card.adaptive"]

    def clear(self) -> None:
        self.sent.clear()
        self.updated.clear()


def main() -> None:
    """`python -m tests.fake_connector PORT [LATENCY]`: serve on 127.0.0.1 until killed."""
    import sys

    port = int(sys.argv[1])
    latency = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    web.run_app(FakeConnector(latency=latency).app(), host="127.0.0.1", port=port, print=None,
                access_log=None)


if __name__ == "__main__":
    main()
