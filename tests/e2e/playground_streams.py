"""The playground's two websockets: what the bot posts and its HTTP exchanges, and waits on them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
_PLAYGROUND = "Microsoft 365 Agents Playground"  # `from` of log entries for calls to the bot


@dataclass(frozen=True)
class BotMessage:
    """A message the bot posted (`createMessage`) or changed (`updateMessage`), as shown."""

    action: str
    conversation_id: str  # where it lives; for a new channel thread the thread's id
    id: str  # the playground's message id: `replyToId` of card actions
    text: str | None
    attachments: tuple[dict[str, Any], ...]
    raw: dict[str, Any]

    @classmethod
    def from_frame(cls, frame: dict[str, Any]) -> BotMessage:
        message = frame["message"]
        return cls(
            action=frame["action"],
            conversation_id=message.get("postConversationId") or frame["actionConversationId"],
            id=message["messageId"],
            text=message.get("text"),
            attachments=tuple(message.get("attachments") or ()),
            raw=frame,
        )

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [a["content"] for a in self.attachments if a.get("contentType") == ADAPTIVE_CARD]

    @property
    def card(self) -> dict[str, Any] | None:
        return self.cards[0] if self.cards else None

    def card_action(self, kind: str, key: str) -> dict[str, Any]:
        """The first `Action.Execute` with verb `key`, or other action titled `key`, on a card."""
        field = "verb" if kind == "Action.Execute" else "title"
        actions = [a for c in self.cards for a in _actions(c) if a["type"] == kind]
        found = [a for a in actions if a.get(field) == key]
        if not found:
            raise LookupError(f"no {kind} with {field} {key!r} on the card of {self.id}")
        return found[0]


@dataclass(frozen=True)
class Exchange:
    """One HTTP call between the playground and the bot, from the log websocket."""

    to_bot: bool  # True: the playground called the bot; False: the bot called /_connector
    name: str  # activityName: message, invoke, installationUpdate, getConversationPagedMembers...
    conversation_id: str | None
    activity: dict[str, Any]  # the request body (empty for GETs)
    status: int | None  # the HTTP status the callee answered
    response: Any

    @classmethod
    def from_log(cls, log: dict[str, Any]) -> Exchange:
        response = log.get("response") or {}
        return cls(
            to_bot=log.get("from") == _PLAYGROUND,
            name=log.get("activityName", ""),
            conversation_id=log.get("conversationId"),
            activity=(log.get("request") or {}).get("body") or {},
            status=response.get("statusCode"),
            response=response.get("body"),
        )


@dataclass(frozen=True)
class Sent:
    """A user message the playground accepted (the bot may still be working on it)."""

    conversation_id: str  # the conversation the bot sees: a new channel post gets its own
    text: str
    message_id: str | None  # the playground's id; None for messages of other users
    after: int  # how many exchanges had been logged before it was sent


class _Stream:
    """Items arriving from a websocket: a history, and a queue that `take` consumes."""

    def __init__(self) -> None:
        self.history: list[Any] = []
        self._pending: list[Any] = []
        self._arrived = asyncio.Condition()

    async def put(self, item: Any) -> None:
        async with self._arrived:
            self.history.append(item)
            self._pending.append(item)
            self._arrived.notify_all()

    async def take(self, predicate: Callable[[Any], bool]) -> Any:
        """Remove and return the first pending item matching `predicate`; wait for one."""

        def match() -> Any:
            for index, item in enumerate(self._pending):
                if predicate(item):
                    return self._pending.pop(index)
            return None

        async with self._arrived:
            return await self._arrived.wait_for(match)

    async def find(self, predicate: Callable[[Any], bool], start: int) -> Any:
        """Return the first item of the history from `start` on matching `predicate`; wait."""

        def match() -> Any:
            return next((i for i in self.history[start:] if predicate(i)), None)

        async with self._arrived:
            return await self._arrived.wait_for(match)

    def clear(self) -> None:
        self._pending.clear()


class PlaygroundStreams:
    """What the bot does, as the playground's websockets report it; `Playground` builds on it."""

    def __init__(self) -> None:
        self.messages = _Stream()  # BotMessage
        self.exchanges = _Stream()  # Exchange
        self._tasks: list[asyncio.Task[None]] = []

    async def next_bot_activity(self, timeout: float = 10.0) -> BotMessage:  # noqa: ASYNC109
        """The next message the bot posted or updated that no one has taken yet."""
        return await self.wait_for(lambda _: True, timeout)

    async def wait_for(
        self,
        predicate: Callable[[BotMessage], bool],
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """Take the first untaken bot message matching `predicate`, waiting for it."""
        async with asyncio.timeout(timeout):
            return await self.messages.take(predicate)

    async def handled(self, sent: Sent, timeout: float = 10.0) -> Exchange:  # noqa: ASYNC109
        """Wait until the bot answered the HTTP call that delivered `sent`."""

        def delivered(x: Exchange) -> bool:
            return (
                x.to_bot
                and x.conversation_id == sent.conversation_id
                and x.activity.get("type") == "message"
                and x.activity.get("text") == sent.text
            )

        return await self.wait_for_exchange(delivered, timeout, since=sent.after)

    async def wait_for_exchange(
        self,
        predicate: Callable[[Exchange], bool],
        timeout: float = 10.0,  # noqa: ASYNC109
        since: int = 0,
    ) -> Exchange:
        """The first logged exchange from index `since` on matching `predicate`."""
        async with asyncio.timeout(timeout):
            return await self.exchanges.find(predicate, since)

    def mark(self) -> int:
        """A position in the exchange log, for `wait_for_exchange(..., since=mark)`."""
        return len(self.exchanges.history)

    def received(self, type: str | None = None) -> list[dict[str, Any]]:
        """The activities the bot received (answered), optionally of one type, in order."""
        return [
            x.activity
            for x in self.exchanges.history
            if x.to_bot and (type is None or x.activity.get("type") == type)
        ]

    @property
    def failures(self) -> list[Exchange]:
        """Exchanges answered with an HTTP error: a failed turn, or /_connector refusing."""
        return [x for x in self.exchanges.history if x.status is not None and x.status >= 400]

    def clear(self) -> None:
        """Forget untaken bot messages (history and exchanges stay)."""
        self.messages.clear()

    async def _listen(self, session: aiohttp.ClientSession) -> None:
        """Connect both websockets and read them in background tasks."""
        for path, handler in (
            ("/_ws_conversation/v1/conversations/stream", self._on_conversation_frame),
            ("/_ws/log/stream", self._on_log_frame),
        ):
            ws = await session.ws_connect(path, heartbeat=30)
            self._tasks.append(asyncio.create_task(_read(ws, handler)))

    async def _stop_listening(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def _on_conversation_frame(self, frame: dict[str, Any]) -> None:
        if frame.get("action") in ("createMessage", "updateMessage"):
            await self.messages.put(BotMessage.from_frame(frame))

    async def _on_log_frame(self, frame: dict[str, Any]) -> None:
        log = frame.get("log") or {}
        if frame.get("logAction") == "appendLog" and log.get("type") == "bot":
            await self.exchanges.put(Exchange.from_log(log))


def _actions(element: Any) -> list[dict[str, Any]]:
    """Every action in a card, however deeply nested (ActionSet, selectAction, ShowCard)."""
    found: list[dict[str, Any]] = []
    if isinstance(element, dict):
        if str(element.get("type", "")).startswith("Action."):
            found.append(element)
        for value in element.values():
            found.extend(_actions(value))
    elif isinstance(element, list):
        for value in element:
            found.extend(_actions(value))
    return found


async def _read(ws: aiohttp.ClientWebSocketResponse, handler: Callable[[Any], Any]) -> None:
    try:
        async for frame in ws:
            if frame.type == aiohttp.WSMsgType.TEXT:
                await handler(frame.json())
    finally:
        await ws.close()
