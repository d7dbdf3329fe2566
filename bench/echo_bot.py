"""The stock botbuilder 4.17.1 echo bot of the BotBuilder-Samples (02.echo-bot, CloudAdapter)."""

from types import SimpleNamespace

from aiohttp import web
from aiohttp.web import Request, Response
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import ChannelAccount

from bot.teams.adapter import TeamsAdapter
from bot.teams.connector import TeamsConnector


class EchoBot(ActivityHandler):
    async def on_members_added_activity(self, members_added: list[ChannelAccount],
                                        turn_context: TurnContext) -> None:
        for member in members_added:
            if member.id != turn_context.activity.recipient.id:
                await turn_context.send_activity("Hello and welcome!")

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(
            MessageFactory.text(f"Echo: {turn_context.activity.text}"))


def echo_app(*, teams_adapter: bool = False) -> web.Application:
    """The sample's app; with `teams_adapter`, the same bot on our TeamsAdapter instead, which
    shows what the SDK and adapter cost per turn, without our bot's own work."""
    config = SimpleNamespace(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")
    authentication = ConfigurationBotFrameworkAuthentication(config)
    connector = TeamsConnector()
    adapter = (TeamsAdapter(authentication, connector) if teams_adapter
               else CloudAdapter(authentication))
    bot = EchoBot()

    async def messages(req: Request) -> Response:
        return await adapter.process(req, bot)

    async def close_connector(_: web.Application) -> None:
        await connector.close()

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.on_cleanup.append(close_connector)
    return app
