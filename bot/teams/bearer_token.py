"""The bot's access token for the Bot Connector, cached until shortly before it expires."""

import asyncio
from datetime import UTC, datetime, timedelta

import jwt
from botframework.connector.auth import AppCredentials

from meetings.common.clock import Clock

REFRESH_BEFORE_EXPIRY = timedelta(minutes=5)
# Entra ID tokens are JWTs with an "exp"; anything else is kept this long.
UNKNOWN_LIFETIME = timedelta(minutes=10)


class BearerToken:
    """An `Authorization` value from botbuilder's app credentials. Their token call blocks
    (MSAL over `requests`), so it runs in a worker thread, one refresh at a time."""

    def __init__(self, credentials: AppCredentials, clock: Clock) -> None:
        self._credentials, self._clock = credentials, clock
        self._token: str | None = None
        self._refresh_at = datetime.min.replace(tzinfo=UTC)
        self._lock = asyncio.Lock()

    async def authorization(self) -> str:
        if not self._fresh():
            async with self._lock:
                if not self._fresh():  # another turn may have refreshed it while we waited
                    await self._refresh()
        return f"Bearer {self._token}"

    def forget(self) -> None:
        """After a 401: the token was revoked or the secret rotated."""
        self._token = None

    def _fresh(self) -> bool:
        return self._token is not None and self._clock.now() < self._refresh_at

    async def _refresh(self) -> None:
        token = await asyncio.to_thread(self._credentials.get_access_token)
        now = self._clock.now()
        self._token = token
        self._refresh_at = _expiry(token, now) - REFRESH_BEFORE_EXPIRY


def _expiry(token: str, now: datetime) -> datetime:
    # Only the lifetime is read; the connector checks the signature, not us.
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
        return datetime.fromtimestamp(float(claims["exp"]), UTC)
    except (jwt.PyJWTError, KeyError, TypeError, ValueError):
        return now + UNKNOWN_LIFETIME
