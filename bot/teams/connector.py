"""Our client of the Bot Connector REST API: one aiohttp session, our timeout, precise errors.

botbuilder 4.17.1 sends through msrest and `requests` in the default thread pool, with a 100 s
timeout and two client objects built per turn. Replies and proactive messages go out here
instead. Retrying is the caller's policy: this module only says exactly what went wrong.
"""

import asyncio
import copy
import json
import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from botbuilder.schema import Activity, Attachment
from botframework.connector.auth import AppCredentials, MicrosoftAppCredentials
from yarl import URL

from bot.teams.bearer_token import BearerToken
from meetings.common.clock import Clock, SystemClock

log = logging.getLogger(__name__)

MAX_TIMEOUT = 15.0
TOKEN_UNAVAILABLE = "TokenUnavailable"


@dataclass(frozen=True)
class Target:
    """Where an activity goes: a conversation behind a (regional) Bot Connector endpoint."""

    service_url: str
    conversation_id: str
    tenant_id: str | None = None
    bot_id: str = ""


class ConnectorError(Exception):
    """A failed Bot Connector call. `status` is 0 when no HTTP answer came (timeout, refused)."""

    def __init__(self, status: int, *, code: str | None = None, message: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(" ".join(str(part) for part in (status, code, message) if part))
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


def activity_json(activity: Activity) -> dict[str, Any]:
    """A botbuilder Activity as the JSON the connector expects.

    msrest walks every node of an attachment's content, which made up most of a card reply's
    serialization time (about 1.4 ms for a small card). Content that is a dict (our cards, from
    JSON templates) is JSON already and is put in as it is; anything else goes through msrest.
    """
    attachments = activity.attachments or []
    if not any(isinstance(attachment.content, dict) for attachment in attachments):
        return activity.serialize()
    light = copy.copy(activity)
    light.attachments = [_without_dict_content(attachment) for attachment in attachments]
    body = light.serialize()
    for attachment, serialized in zip(attachments, body["attachments"], strict=True):
        if isinstance(attachment.content, dict):
            serialized["content"] = attachment.content
    return body


def _without_dict_content(attachment: Attachment) -> Attachment:
    if not isinstance(attachment.content, dict):
        return attachment
    light = copy.copy(attachment)
    light.content = None
    return light


class TeamsConnector:
    """Sends, replies, updates and opens 1:1 chats. Without an app id no token is sent (the
    Agents Playground and local runs); with one, a bearer token from the app's credentials."""

    def __init__(self, *, app_id: str = "", app_password: str = "", tenant_id: str = "",
                 timeout: float = MAX_TIMEOUT, clock: Clock | None = None,
                 credentials: AppCredentials | None = None) -> None:
        self._clock = clock or SystemClock()
        self._timeout = aiohttp.ClientTimeout(total=min(timeout, MAX_TIMEOUT))
        if credentials is None and app_id:
            credentials = MicrosoftAppCredentials(app_id, app_password,
                                                  channel_auth_tenant=tenant_id or None)
        self._token = BearerToken(credentials, self._clock) if credentials else None
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], tuple[URL | None, aiohttp.BasicAuth | None]] = {}

    async def send(self, target: Target, activity: dict[str, Any]) -> str:
        answer = await self._call("POST", target.service_url, _activities(target),
                                  _addressed(activity, target))
        return _id_of(answer)

    async def reply(self, target: Target, reply_to_id: str, activity: dict[str, Any]) -> str:
        answer = await self._call("POST", target.service_url, _activities(target, reply_to_id),
                                  _addressed(activity, target))
        return _id_of(answer)

    async def update(self, target: Target, activity_id: str, activity: dict[str, Any]) -> None:
        update = {**_addressed(activity, target), "id": activity_id}
        await self._call("PUT", target.service_url, _activities(target, activity_id), update)

    async def create_personal_conversation(self, *, service_url: str, tenant_id: str | None,
                                           bot_id: str, user_id: str) -> str:
        parameters: dict[str, Any] = {"isGroup": False, "bot": {"id": bot_id},
                                      "members": [{"id": user_id}]}
        if tenant_id:
            parameters["tenantId"] = tenant_id
            parameters["channelData"] = {"tenant": {"id": tenant_id}}
        return _id_of(await self._call("POST", service_url, "/v3/conversations", parameters))

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def _call(self, method: str, service_url: str, path: str,
                    body: dict[str, Any]) -> dict[str, Any]:
        # Already quoted: yarl would otherwise turn %3A back into ":" in the path.
        url = URL(service_url.rstrip("/") + path, encoded=True)
        headers = await self._headers()
        proxy, proxy_auth = await self._proxy(url)
        try:
            async with self._http().request(method, url, data=json.dumps(body), headers=headers,
                                             proxy=proxy, proxy_auth=proxy_auth) as response:
                payload = await response.read()
                if response.status >= 400:
                    raise self._error(response, payload)
                return _json_object(payload)
        except (TimeoutError, aiohttp.ClientError) as error:
            log.debug("connector unreachable", extra={"method": method, "error": repr(error)})
            raise ConnectorError(0, message=type(error).__name__) from error

    async def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if self._token is not None:
            headers["Authorization"] = await self._authorization()
        return headers

    async def _authorization(self) -> str:
        try:
            return await self._token.authorization()
        except PermissionError as error:  # Entra ID refused the app id or secret
            raise ConnectorError(401, code=TOKEN_UNAVAILABLE, message=str(error)) from error
        except Exception as error:  # Entra ID unreachable: as transient as a timeout
            raise ConnectorError(0, code=TOKEN_UNAVAILABLE,
                                 message=type(error).__name__) from error

    def _error(self, response: aiohttp.ClientResponse, payload: bytes) -> ConnectorError:
        error = _json_object(payload).get("error")
        error = error if isinstance(error, dict) else {}
        if response.status == 401 and self._token is not None:
            self._token.forget()  # revoked or rotated: the next call fetches a new one
        return ConnectorError(
            response.status, code=_text_or_none(error.get("code")),
            message=str(error.get("message") or response.reason or ""),
            retry_after=retry_after_seconds(response.headers.get("Retry-After"),
                                            self._clock.now()))

    async def _proxy(self, url: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The proxy the environment names for this host (HTTPS_PROXY, NO_PROXY, …), as
        botbuilder's `requests` honoured it; looked up once per scheme and host.

        aiohttp's own `trust_env` looks it up again on every call, with two trips to the thread
        pool (proxy variables, then ~/.netrc): about 1 ms of CPU per message.
        """
        key = (url.scheme, url.host or "")
        if key not in self._proxies:
            try:
                found = await asyncio.to_thread(get_env_proxy_for_url, url)
            except LookupError:  # no proxy for this host
                found = (None, None)
            self._proxies[key] = found
        return self._proxies[key]

    def _http(self) -> aiohttp.ClientSession:
        # Created on first use, inside the running event loop; one pool of kept-alive
        # connections for every call. Cookies are no part of the Bot Connector API.
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout,
                                                  cookie_jar=aiohttp.DummyCookieJar())
        return self._session


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """A Retry-After header, given as seconds or as an HTTP date, in seconds from `now`."""
    if not value or not value.strip():
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        # "-0000" parses as naive; HTTP dates are UTC anyway.
        seconds = (when if when.tzinfo else when.replace(tzinfo=UTC)) - now
        seconds = seconds.total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _activities(target: Target, activity_id: str | None = None) -> str:
    # Conversation ids carry ":", ";" and "@"; they are one path segment.
    path = f"/v3/conversations/{quote(target.conversation_id, safe='')}/activities"
    return f"{path}/{quote(activity_id, safe='')}" if activity_id else path


def _addressed(activity: dict[str, Any], target: Target) -> dict[str, Any]:
    """What botbuilder fills in from the conversation reference, where the caller did not."""
    addressed = {**activity}
    addressed.setdefault("type", "message")
    addressed.setdefault("serviceUrl", target.service_url)
    if not addressed.get("conversation"):
        conversation = {"id": target.conversation_id}
        if target.tenant_id:
            conversation["tenantId"] = target.tenant_id
        addressed["conversation"] = conversation
    if not addressed.get("from") and target.bot_id:
        addressed["from"] = {"id": target.bot_id}
    return addressed


def _json_object(payload: bytes) -> dict[str, Any]:
    try:
        value = json.loads(payload) if payload else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _id_of(answer: dict[str, Any]) -> str:
    return str(answer.get("id") or "")


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None
