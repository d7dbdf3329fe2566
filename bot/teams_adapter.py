"""The CloudAdapter whose replies go out through our TeamsConnector.

botbuilder keeps authenticating inbound requests, running the turn and answering invokes; the
activities a turn sends or updates leave through one shared aiohttp session with our timeout
instead of msrest and `requests` in the thread pool.
"""

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, ResourceResponse
from botframework.connector import Channels
from botframework.connector.auth import BotFrameworkAuthentication

from bot.client_caching_authentication import ClientCachingAuthentication
from bot.connector_client import Target, TeamsConnector, activity_json


class TeamsAdapter(CloudAdapter):
    def __init__(self, authentication: BotFrameworkAuthentication,
                 connector: TeamsConnector) -> None:
        super().__init__(ClientCachingAuthentication(authentication))
        self._connector = connector

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
            return await self._connector.reply(target, incoming.id, body)
        return await self._connector.send(target, body)

    async def update_activity(self, context: TurnContext,
                              activity: Activity) -> ResourceResponse:
        await self._connector.update(_target(activity), activity.id, activity_json(activity))
        return ResourceResponse(id=activity.id)

    async def _post(self, activity: Activity) -> str:
        activity.id = None  # the connector assigns it, as in botbuilder
        body = activity_json(activity)
        if activity.reply_to_id:
            return await self._connector.reply(_target(activity), activity.reply_to_id, body)
        return await self._connector.send(_target(activity), body)


def _goes_over_http(activity: Activity) -> bool:
    if activity.type in ("delay", ActivityTypes.invoke_response):
        return False
    return not (activity.type == ActivityTypes.trace and activity.channel_id != Channels.emulator)


def _target(activity: Activity) -> Target:
    """The conversation a turn's activity was addressed to by TurnContext."""
    return Target(service_url=activity.service_url, conversation_id=activity.conversation.id,
                  bot_id=activity.from_property.id if activity.from_property else "")
