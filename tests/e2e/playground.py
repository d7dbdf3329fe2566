"""Drive the Microsoft 365 Agents Playground 0.2.28 as the Teams client of end-to-end tests.

`Playground` starts the playground (`node_modules/.bin/agentsplayground`) in its own process
group, pointed at a bot's `/api/messages`, and talks to it over its undocumented HTTP API
(pinned to 0.2.28, whose API these calls were read from):

- `POST /_conversation/v1/conversations/{id}/messages`: a message typed by the current user;
- `POST /_internal/v1/customActivities`: any activity, used for messages from the other users;
- `POST /_conversation/v1/invoke` and `/submit`: `Action.Execute` and `Action.Submit` by anyone;
- `POST /_debug/conversation/{id}/installation`: "open" a conversation (install events);
- websocket `/_ws_conversation/v1/conversations/stream`: what the bot posts and updates, as the
  client shows it (`BotMessage`);
- websocket `/_ws/log/stream`: every HTTP exchange with the bot, both ways (`Exchange`).

Users and conversations come from `m365agentsplayground.yml`, read back from the running
playground. Conversations are named "personal", "group", "channel" (the extra channel),
"general" or given by id; users by id, full name or given name.

The process lives in playground_process.py, the mock data in playground_mock.py and the two
websockets, with the waits on them, in playground_streams.py.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from tests.e2e.playground_mock import MOCK_DATA, MockData, User
from tests.e2e.playground_process import (
    BINARY,
    PlaygroundError,
    kill_group,
    read_output,
    spawn,
    terminate,
    wait_for_ping,
    wait_until_listening,
)
from tests.e2e.playground_streams import ADAPTIVE_CARD, BotMessage, PlaygroundStreams, Sent


@dataclass(frozen=True)
class InvokeResult:
    """The bot's answer to `Action.Execute`, as the playground passes it to the client."""

    type: str
    value: Any

    @property
    def card(self) -> dict[str, Any] | None:
        return self.value if self.type == ADAPTIVE_CARD else None


class Playground(PlaygroundStreams):
    """One running playground: start it, play the users, watch what the bot does, stop it."""

    def __init__(self, mock_data: Path = MOCK_DATA, binary: Path = BINARY) -> None:
        super().__init__()
        self.mock_data_file = mock_data
        self.binary = binary
        self.port: int | None = None
        self.pid: int | None = None  # also the process group id
        self._data: MockData | None = None
        self.startup_seconds: float | None = None
        self._workdir: Path | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self._kill_at_exit: Callable[[], None] | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    @contextlib.asynccontextmanager
    async def running(cls, bot_url: str, workdir: Path, **kwargs: Any) -> AsyncIterator[Playground]:
        playground = cls(**kwargs)
        try:
            await playground.start(bot_url, workdir)
            yield playground
        finally:
            await playground.stop()

    async def start(self, bot_url: str, workdir: Path, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Start against `bot_url` in `workdir`; return once both websockets are connected."""
        began = time.monotonic()
        self._workdir = workdir
        self._process = await spawn(self.binary, bot_url, workdir, self.mock_data_file)
        self.pid = self._process.pid
        self._kill_at_exit = functools.partial(kill_group, self.pid)
        atexit.register(self._kill_at_exit)
        try:
            self.port = await wait_until_listening(self._process, workdir, began + timeout)
            self._session = aiohttp.ClientSession(base_url=self.url)
            await wait_for_ping(self._session, self._process, workdir, began + timeout)
            config = await self._request("GET", "/_internal/v1/testConfig")
            self._data = MockData.from_config(config["config"])
            await self._listen(self._session)
        except BaseException as error:
            diagnostics = self.diagnostics()
            await self.stop()
            message = f"the playground did not start: {error!r}\n{diagnostics}"
            raise PlaygroundError(message) from error
        self.startup_seconds = time.monotonic() - began

    async def stop(self) -> None:
        """Close the connections and kill the playground's process group. Idempotent."""
        await self._stop_listening()
        if self._session is not None:
            await self._session.close()
            self._session = None
        process, self._process = self._process, None
        if process is not None:
            await terminate(process)
            atexit.unregister(self._kill_at_exit)

    @property
    def mock(self) -> MockData:
        """The users, tenant and conversations the running playground loaded."""
        if self._data is None:
            raise PlaygroundError("the playground is not running")
        return self._data

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def service_url(self) -> str:
        """The `serviceUrl` of the activities the bot receives."""
        return f"http://localhost:{self.port}/_connector"

    def diagnostics(self) -> str:
        """The playground's stdout and log file: where its start-up errors end up."""
        return read_output(self._workdir)

    # -- acting as the users -----------------------------------------------------------------

    async def open(self, conversation: str = "personal") -> None:
        """Open a conversation like the web client: installationUpdate + conversationUpdate."""
        conversation_id = self.mock.conversation(conversation)
        await self._request("POST", f"/_debug/conversation/{conversation_id}/installation", {})

    async def send(
        self,
        text: str,
        conversation: str = "personal",
        *,
        user: str | User | None = None,
        mention: bool | None = None,
    ) -> Sent:
        """Send a user message; returns once the playground accepted it.

        In group chats and channels the bot is @mentioned unless `mention=False` (then the bot
        does not get the message at all, as in Teams). Only the current user can start a
        channel thread; others reply in threads (pass the thread's conversation id).
        """
        data = self.mock
        sender = data.user(user)
        conversation_id = data.conversation(conversation)
        if mention is None:
            mention = not data.is_personal(conversation_id)
        shown = f"{data.bot_tag} {text}" if mention else text
        after = self.mark()
        if sender == data.current_user:
            path = f"/_conversation/v1/conversations/{conversation_id}/messages"
            answer = await self._request("POST", path, data.typed_message(sender, shown, mention))
            thread = answer.get("postConversationId") or conversation_id
            return Sent(thread, shown, answer["messageId"], after)
        if data.is_channel_root(conversation_id):
            raise PlaygroundError("only the current user can start a channel thread")
        activity = await self.activity_template(conversation_id)
        activity.update(data.message_fields(sender, conversation_id, shown, mention))
        await self.send_activity(activity)
        return Sent(conversation_id, shown, None, after)

    async def activity_template(self, conversation: str, type: str | None = None) -> dict:
        """The playground's template for a custom activity (type: install, botRemoved...)."""
        params = {"conversationId": self.mock.conversation(conversation)}
        if type:
            params["type"] = type
        return await self._request("GET", "/_internal/v1/customActivities/template", params=params)

    async def send_activity(self, activity: dict[str, Any]) -> None:
        """Send any activity to the bot through the playground (answered before the bot runs)."""
        await self._request("POST", "/_internal/v1/customActivities", activity)

    async def invoke(
        self,
        card: BotMessage | str,
        verb: str,
        data: dict[str, Any] | None = None,
        *,
        user: str | User | None = None,
        conversation: str | None = None,
    ) -> InvokeResult:
        """Click `Action.Execute` with `verb` on a card; returns the bot's invoke response.

        Given a `BotMessage`, the action must exist on its card, and its `data` is merged
        with `data` (the input values) as the client does. Given a message id, `conversation`
        is required and `data` is sent as it is.
        """
        message_id, conversation_id, action = self._target(
            card, conversation, "Action.Execute", verb
        )
        merged = {**(action.get("data") or {}), **(data or {})}
        value = {"type": "Action.Execute", "verb": verb, "data": merged}
        if "title" in action:
            value["title"] = action["title"]
        body = {
            "name": "adaptiveCard/action",
            "value": {"action": value},
            "from": {"id": self.mock.user(user).id},
            "conversation": {"id": conversation_id},
            "replyToId": message_id,
        }
        answer = await self._request("POST", "/_conversation/v1/invoke", body)
        return InvokeResult(answer.get("type", ""), answer.get("value"))

    async def submit(
        self,
        card: BotMessage | str,
        data: dict[str, Any],
        *,
        title: str | None = None,
        user: str | User | None = None,
        conversation: str | None = None,
    ) -> None:
        """Click `Action.Submit` (the one titled `title`, or data only); the bot gets a message."""
        message_id, conversation_id, action = self._target(
            card, conversation, "Action.Submit", title
        )
        body = {
            "from": {"id": self.mock.user(user).id},
            "conversation": {"id": conversation_id},
            "replyToId": message_id,
            "value": {**(action.get("data") or {}), **data},
        }
        await self._request("POST", "/_conversation/v1/submit", body)

    # -- internals -------------------------------------------------------------------------

    def _target(
        self, card: BotMessage | str, conversation: str | None, kind: str, key: str | None
    ) -> tuple[str, str, dict[str, Any]]:
        if isinstance(card, str):
            if conversation is None:
                raise ValueError("a message id needs its conversation")
            return card, self.mock.conversation(conversation), {}
        action = {} if key is None else card.card_action(kind, key)
        return card.id, self.mock.conversation(conversation or card.conversation_id), action

    async def _request(
        self, method: str, path: str, body: Any = None, params: dict[str, str] | None = None
    ) -> Any:
        if self._session is None:
            raise PlaygroundError("the playground is not running")
        async with self._session.request(method, path, json=body, params=params) as response:
            text = await response.text()
            if response.status >= 300:
                raise PlaygroundError(f"{method} {path}: HTTP {response.status} {text}")
            return await response.json(content_type=None) if text else None
