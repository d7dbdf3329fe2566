"""Drive the Microsoft 365 Agents Playground 0.2.28 as the Teams client of end-to-end tests.

`Playground` starts the playground (`node_modules/.bin/agentsplayground`) in its own process
group, pointed at a bot's `/api/messages`, and talks to it over its undocumented HTTP API
(pinned to 0.2.28; findings and JSON samples in /work/notes/playground.md):

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
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import os
import re
import shutil
import signal
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import aiohttp

REPO = Path(__file__).resolve().parents[2]
BINARY = REPO / "node_modules" / ".bin" / "agentsplayground"
MOCK_DATA = Path(__file__).with_name("m365agentsplayground.yml")
CONFIG_NAME = ".m365agentsplayground.yml"
ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
_PLAYGROUND = "Microsoft 365 Agents Playground"  # `from` of log entries for calls to the bot


class PlaygroundError(RuntimeError):
    """The playground failed to start or refused a request."""


@dataclass(frozen=True)
class User:
    id: str
    name: str
    given_name: str
    aad_object_id: str
    email: str

    @classmethod
    def from_config(cls, data: dict[str, Any]) -> User:
        return cls(data["id"], data["name"], data["givenName"], data["aadObjectId"], data["email"])

    def account(self) -> dict[str, str]:
        """The `from` of an activity sent by this user."""
        return {"id": self.id, "name": self.name, "aadObjectId": self.aad_object_id}


@dataclass(frozen=True)
class MockData:
    """The Teams context the playground loaded: tenant, bot, six users, chats and one team."""

    tenant_id: str
    bot_id: str
    bot_name: str
    current_user: User
    users: tuple[User, ...]  # everybody, the current user first
    personal_chat: str
    group_chat: str
    group_chat_name: str
    team_id: str  # also the id of the General channel
    team_name: str
    channels: dict[str, str]  # channel name -> conversation id, "General" included

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> MockData:
        me = User.from_config(config["currentUser"])
        (group,), (team,) = config["groupChats"], config["teams"]
        return cls(
            tenant_id=config["tenantId"],
            bot_id=config["bot"]["id"],
            bot_name=config["bot"]["name"],
            current_user=me,
            users=(me, *(User.from_config(u) for u in config["users"])),
            personal_chat=config["personalChat"]["id"],
            group_chat=group["id"],
            group_chat_name=group["name"],
            team_id=team["id"],
            team_name=team["name"],
            channels={c["name"]: c["id"] for c in team["channels"]},
        )

    def user(self, who: str | User | None = None) -> User:
        """The current user for None, else the user with that id, full name or given name."""
        if who is None:
            return self.current_user
        if isinstance(who, User):
            return who
        for user in self.users:
            names = {user.name.casefold(), user.given_name.casefold()}
            if who == user.id or who.casefold() in names:
                return user
        raise LookupError(f"no user {who!r} in the mock data")

    def conversation(self, which: str) -> str:
        """ "personal", "group", "general", "channel" (the extra channel) or a conversation id."""
        extra = [cid for cid in self.channels.values() if cid != self.team_id]
        named = {
            "personal": self.personal_chat,
            "group": self.group_chat,
            "general": self.team_id,
            "channel": extra[0] if extra else self.team_id,
        }
        return named.get(which, which)

    def is_channel_root(self, conversation_id: str) -> bool:
        """A channel itself (posting there starts a thread), not a thread in it."""
        return conversation_id in self.channels.values()

    def is_personal(self, conversation_id: str) -> bool:
        """The current user's 1:1 chat or one the bot created (`<uuid>@test.user`)."""
        return conversation_id == self.personal_chat or conversation_id.endswith("@test.user")


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


@dataclass(frozen=True)
class InvokeResult:
    """The bot's answer to `Action.Execute`, as the playground passes it to the client."""

    type: str
    value: Any

    @property
    def card(self) -> dict[str, Any] | None:
        return self.value if self.type == ADAPTIVE_CARD else None


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


class Playground:
    """One running playground: start it, play the users, watch what the bot does, stop it."""

    def __init__(self, mock_data: Path = MOCK_DATA, binary: Path = BINARY) -> None:
        self.mock_data_file = mock_data
        self.binary = binary
        self.port: int | None = None
        self.pid: int | None = None  # also the process group id
        self._data: MockData | None = None
        self.startup_seconds: float | None = None
        self.messages = _Stream()  # BotMessage
        self.exchanges = _Stream()  # Exchange
        self._workdir: Path | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self._tasks: list[asyncio.Task[None]] = []
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
        out = _prepare(workdir, self.mock_data_file)
        env = {k: v for k, v in os.environ.items() if not _is_playground_setting(k)}
        env["TEAMSAPPTESTER_BROWSER"] = "none"
        with out:
            self._process = await asyncio.create_subprocess_exec(
                str(self.binary),
                "-e",
                bot_url,
                "-c",
                "msteams",
                "-p",
                str(_free_port()),
                "--dt",
                cwd=workdir,
                env=env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=asyncio.subprocess.STDOUT,
                start_new_session=True,
            )
        self.pid = self._process.pid
        self._kill_at_exit = functools.partial(_kill_group, self.pid)
        atexit.register(self._kill_at_exit)
        try:
            self.port = await self._wait_until_listening(began + timeout)
            self._session = aiohttp.ClientSession(base_url=self.url)
            await self._wait_for_ping(began + timeout)
            config = await self._request("GET", "/_internal/v1/testConfig")
            self._data = MockData.from_config(config["config"])
            for path, handler in (
                ("/_ws_conversation/v1/conversations/stream", self._on_conversation_frame),
                ("/_ws/log/stream", self._on_log_frame),
            ):
                ws = await self._session.ws_connect(path, heartbeat=30)
                self._tasks.append(asyncio.create_task(_read(ws, handler)))
        except BaseException as error:
            diagnostics = self.diagnostics()
            await self.stop()
            message = f"the playground did not start: {error!r}\n{diagnostics}"
            raise PlaygroundError(message) from error
        self.startup_seconds = time.monotonic() - began

    async def stop(self) -> None:
        """Close the connections and kill the playground's process group. Idempotent."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None
        process, self._process = self._process, None
        if process is not None:
            _kill_group(process.pid, signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 5)
            except TimeoutError:
                _kill_group(process.pid, signal.SIGKILL)
                await process.wait()
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
        if self._workdir is None:
            return ""
        parts = []
        for name in ("playground.out", "devTools/m365agentsplayground.log"):
            path = self._workdir / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)

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
        tag = f"<at>{data.bot_name}</at>"
        shown = f"{tag} {text}" if mention else text
        after = self.mark()
        if sender == data.current_user:
            body: dict[str, Any] = {"from": {"id": sender.id}, "text": shown, "textFormat": "plain"}
            if mention:
                body["mentions"] = [{"mentioned": {"id": data.bot_id}, "text": tag}]
            path = f"/_conversation/v1/conversations/{conversation_id}/messages"
            answer = await self._request("POST", path, body)
            thread = answer.get("postConversationId") or conversation_id
            return Sent(thread, shown, answer["messageId"], after)
        if data.is_channel_root(conversation_id):
            raise PlaygroundError("only the current user can start a channel thread")
        entities = [{"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web"}]
        if mention:
            bot = {"id": data.bot_id, "name": data.bot_name}
            entities.insert(0, {"type": "mention", "mentioned": bot, "text": tag})
        activity = await self.activity_template(conversation_id)
        activity.update(
            {
                "type": "message",
                "id": str(uuid.uuid4()),
                "text": shown,
                "textFormat": "plain",
                "from": sender.account(),
                "locale": "en-US",
                "channelData": self._channel_data(conversation_id),
                "entities": entities,
            }
        )
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

    # -- watching the bot ------------------------------------------------------------------

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

    # -- internals -------------------------------------------------------------------------

    def _target(
        self, card: BotMessage | str, conversation: str | None, kind: str, key: str | None
    ) -> tuple[str, str, dict[str, Any]]:
        if isinstance(card, str):
            if conversation is None:
                raise ValueError("a message id needs its conversation")
            return card, self.mock.conversation(conversation), {}
        if key is None:
            action: dict[str, Any] = {}
        else:
            field = "verb" if kind == "Action.Execute" else "title"
            actions = [a for c in card.cards for a in _actions(c) if a["type"] == kind]
            found = [a for a in actions if a.get(field) == key]
            if not found:
                raise LookupError(f"no {kind} with {field} {key!r} on the card of {card.id}")
            action = found[0]
        return card.id, self.mock.conversation(conversation or card.conversation_id), action

    def _channel_data(self, conversation_id: str) -> dict[str, Any]:
        data = self.mock
        channel_data: dict[str, Any] = {"tenant": {"id": data.tenant_id}}
        channel = conversation_id.split(";", 1)[0]
        if data.is_channel_root(channel):
            channel_data.update(
                teamsChannelId=channel,
                teamsTeamId=data.team_id,
                team={"id": data.team_id},
                channel={"id": channel},
            )
        return channel_data

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

    async def _wait_until_listening(self, deadline: float) -> int:
        out = self._workdir / "playground.out"
        while time.monotonic() < deadline:
            match = re.search(rb"Listening on (\d+)", out.read_bytes())
            if match:
                return int(match.group(1))
            if self._process.returncode is not None:
                raise PlaygroundError(f"exited with {self._process.returncode}")
            await asyncio.sleep(0.05)
        raise TimeoutError("no 'Listening on' line")

    async def _wait_for_ping(self, deadline: float) -> None:
        log = self._workdir / "devTools" / "m365agentsplayground.log"
        while True:
            with contextlib.suppress(aiohttp.ClientError):
                async with self._session.get("/_debug/ping") as response:
                    if response.status == 200:
                        return
            # A bad mock data file is reported here, then the process lingers for a while.
            if log.exists() and "Failed to start" in log.read_text(errors="replace"):
                raise PlaygroundError("it reported a start-up error")
            if self._process.returncode is not None:
                raise PlaygroundError(f"exited with {self._process.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError("/_debug/ping did not answer")
            await asyncio.sleep(0.05)

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


def _prepare(workdir: Path, mock_data: Path) -> BinaryIO:
    """Put the mock data into `workdir`; open the file for the playground's stdout."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(mock_data, workdir / CONFIG_NAME)
    return open(workdir / "playground.out", "wb")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _is_playground_setting(name: str) -> bool:
    return name.startswith(("M365_AGENTS_PLAYGROUND_", "TEAMSAPPTESTER_", "TEAMS_APP_TEST_TOOL_"))


def _kill_group(pid: int, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)
