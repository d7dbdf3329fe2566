"""botbuilder's authentication with its outbound SDK clients reused across turns.

CloudAdapter builds a ConnectorClient and a TokenApiClient (each an msrest Configuration with its
own `requests` session) for every incoming activity: about 11 ms of CPU per turn here, most of
a stock bot's time. Our replies do not use them, but `TeamsInfo` (the roster) and OAuth prompts
read them from the turn state, so they stay there: built once per app id, service URL and
audience, as botbuilder's older BotFrameworkAdapter did. A checked token without an expiry is
refused here too (`bot.teams.auth.require_expiry`), and the token signing keys are ours
(`bot.teams.openid_keys`), fetched without blocking the event loop.
"""

from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.skills import BotFrameworkClient

from bot.teams import openid_keys
from bot.teams.auth import require_expiry

# Service URLs are few (regional endpoints); the bound only matters without inbound
# authentication, where anyone may make up a service URL.
MAX_CLIENTS = 32


class ClientCachingAuthentication(BotFrameworkAuthentication):
    """Delegates everything to botbuilder's authentication; remembers the clients it builds."""

    def __init__(self, inner: BotFrameworkAuthentication) -> None:
        openid_keys.install()
        self._inner = inner
        self._connectors: dict[tuple[str, str, str], ConnectorClient] = {}
        self._user_token_clients: dict[str, UserTokenClient] = {}

    async def authenticate_request(self, activity: Activity,
                                   auth_header: str) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        require_expiry(result.claims_identity, auth_header)
        result.connector_factory = self._cached(result.connector_factory,
                                                result.claims_identity)
        return result

    async def authenticate_streaming_request(self, auth_header: str,
                                             channel_id_header: str) -> AuthenticateRequestResult:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._cached(self._inner.create_connector_factory(claims_identity),
                            claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _app_id(claims_identity)
        client = self._user_token_clients.get(app_id)
        if client is None:
            client = await self._inner.create_user_token_client(claims_identity)
            _remember(self._user_token_clients, app_id, client)
        return client

    def create_bot_framework_client(self) -> BotFrameworkClient:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)

    def _cached(self, factory: ConnectorFactory | None,
                claims_identity: ClaimsIdentity) -> ConnectorFactory | None:
        if factory is None:
            return None
        return _CachedConnectorFactory(factory, _app_id(claims_identity), self._connectors)


class _CachedConnectorFactory(ConnectorFactory):
    def __init__(self, inner: ConnectorFactory, app_id: str,
                 clients: dict[tuple[str, str, str], ConnectorClient]) -> None:
        self._inner, self._app_id, self._clients = inner, app_id, clients

    async def create(self, service_url: str, audience: str) -> ConnectorClient:
        key = (self._app_id, service_url, audience or "")
        client = self._clients.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            _remember(self._clients, key, client)
        return client


def _app_id(claims_identity: ClaimsIdentity) -> str:
    """The app id botbuilder builds the clients for: the audience of a channel's token, the
    appid claim of an emulator's, empty without authentication."""
    claims = claims_identity.claims if claims_identity else {}
    return (claims.get(AuthenticationConstants.AUDIENCE_CLAIM)
            or claims.get(AuthenticationConstants.APP_ID_CLAIM) or "")


def _remember(cache: dict, key, client) -> None:
    if len(cache) >= MAX_CLIENTS:
        del cache[next(iter(cache))]  # the oldest
    cache[key] = client
