"""The CloudAdapter whose replies go out through our TeamsConnector.

botbuilder keeps authenticating inbound requests, running the turn and answering invokes; the
activities a turn sends or updates leave through one shared aiohttp session with our timeout
instead of msrest and `requests` in the thread pool. An inbound body is read once and becomes
an Activity through a deserializer built once (`bot.teams.inbound`), not a new msrest one
per request.
"""

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from botbuilder.core import Bot, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, ResourceResponse
from botframework.connector import Channels
from botframework.connector.auth import BotFrameworkAuthentication
from msrest.exceptions import DeserializationError
from msrest.serialization import Model

from bot.teams.connector import ConnectorError, Target, TeamsConnector, activity_json
from bot.teams.inbound import inbound_activity
from bot.teams.retries import wait_before_retry
from bot.teams.sdk_authentication import ClientCachingAuthentication


class TeamsAdapter(CloudAdapter):
    def __init__(self, authentication: BotFrameworkAuthentication,
                 connector: TeamsConnector, *,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 rng: random.Random | None = None) -> None:
        super().__init__(ClientCachingAuthentication(authentication))
        self._connector = connector
        self._sleep, self._rng = sleep, rng or random.Random()

    async def process(self, request: web.Request, bot: Bot,
                      ws_response: web.WebSocketResponse | None = None) -> web.Response | None:
        if request.method != "POST":  # web socket connects: botbuilder's own handling
            return await super().process(request, bot, ws_response)
        if "application/json" not in request.headers.get("Content-Type", ""):
            raise web.HTTPUnsupportedMediaType()
        return await self.process_body(await request.json(),
                                       request.headers.get("Authorization", ""), bot)

    async def process_body(self, body: dict, auth_header: str, bot: Bot) -> web.Response:
        """CloudAdapter.process from the parsed body on: the turn, then the invoke's answer
        (or 201), with a failed authentication as 401."""
        try:
            activity = inbound_activity(body)
        except DeserializationError:  # a timestamp that is no date, a list that is none …
            raise web.HTTPBadRequest(
                text="a field of the activity is not of its Bot Framework type") from None
        if not activity.type:
            raise web.HTTPBadRequest()
        try:
            invoke_response = await self.process_activity(auth_header, activity, bot.on_turn)
        except PermissionError:
            raise web.HTTPUnauthorized() from None
        if invoke_response:
            return web.json_response(data=invoke_body(invoke_response.body),
                                     status=invoke_response.status)
        return web.Response(status=201)

    async def send_activities(self, context: TurnContext,
                              activities: list[Activity]) -> list[ResourceResponse]:
        responses = []
        for activity in activities:
            if _goes_over_http(activity):
                responses.append(ResourceResponse(id=await self._post(activity)))
            else:  # delays, invoke responses, traces: botbuilder's own handling
                responses.extend(await super().send_activities(context, [activity]))
        return responses

    async def reply(self, context: TurnContext, body: dict) -> str:
        """Answer the turn's activity with a plain JSON body.

        TurnContext.send_activity deep-copies the activity and msrest serializes it again:
        about 2 ms of a card reply's CPU. Our replies are JSON already, so they go straight out.
        """
        incoming = context.activity
        body = {
            "type": "message",
            "from": {"id": incoming.recipient.id, "name": incoming.recipient.name},
            "recipient": {"id": incoming.from_property.id, "name": incoming.from_property.name},
            "conversation": {"id": incoming.conversation.id},
            "channelId": incoming.channel_id, "serviceUrl": incoming.service_url,
            "locale": incoming.locale, **body,
        }
        target = Target(service_url=incoming.service_url,
                        conversation_id=incoming.conversation.id, bot_id=incoming.recipient.id)
        if incoming.id and incoming.type == ActivityTypes.message:
            body["replyToId"] = incoming.id
            return await self._retried(lambda: self._connector.reply(target, incoming.id, body))
        return await self._retried(lambda: self._connector.send(target, body))

    async def update_activity(self, context: TurnContext,
                              activity: Activity) -> ResourceResponse:
        await self._connector.update(_target(activity), activity.id, activity_json(activity))
        return ResourceResponse(id=activity.id)

    async def _post(self, activity: Activity) -> str:
        activity.id = None  # the connector assigns it, as in botbuilder
        body = activity_json(activity)
        if activity.reply_to_id:
            return await self._retried(lambda: self._connector.reply(
                _target(activity), activity.reply_to_id, body))
        return await self._retried(lambda: self._connector.send(_target(activity), body))

    async def _retried(self, call: Callable[[], Awaitable[str]]) -> str:
        """A send of the turn, tried again while Teams throttles or fails for a moment."""
        attempt = 1
        while True:
            try:
                return await call()
            except ConnectorError as error:
                wait = wait_before_retry(error, attempt, self._rng)
                if wait is None:
                    raise
            await self._sleep(wait)
            attempt += 1


def invoke_body(body: Any) -> Any:
    """An invoke's answer as JSON. botbuilder serializes it with msrest, which fails with 500 on
    a plain dict; a body that is JSON already goes out as it is."""
    return serializer_helper(body) if isinstance(body, Model) else body


def _goes_over_http(activity: Activity) -> bool:
    if activity.type in ("delay", ActivityTypes.invoke_response):
        return False
    return not (activity.type == ActivityTypes.trace and activity.channel_id != Channels.emulator)


def _target(activity: Activity) -> Target:
    """The conversation a turn's activity was addressed to by TurnContext."""
    return Target(service_url=activity.service_url, conversation_id=activity.conversation.id,
                  bot_id=activity.from_property.id if activity.from_property else "")
