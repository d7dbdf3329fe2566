"""The Bot Framework's token signing keys, fetched and kept by us instead of botbuilder.

botbuilder 4.17.1 (`jwt_token_extractor._OpenIdMetadata`) fetches the OpenID metadata and its
keys with blocking `requests.get` calls without a timeout, on the event loop, inside whichever
request comes first after a day: while the metadata host is slow every turn and /healthz wait,
and a host that never answers hangs the bot. And a token signed with a key published since the
last fetch is refused until the next daily one: the hourly refetch on an unknown key id is never
reached (`_find` raises IndexError first), so a key rotation locks Teams out for up to a day.

`OpenIdKeys` stands in for it (botbuilder looks its cache up by metadata URL, and `install`
fills that cache with ours): fetched with aiohttp and a timeout; the daily refresh runs in the
background while the keys in hand keep serving; an unknown key id fetches at once, at most once
an hour; a failed fetch keeps the last good keys.
"""

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger(__name__)

DAILY = 24 * 3600.0  # seconds between routine refreshes
UNKNOWN_KEY_PAUSE = 3600.0  # at most one fetch an hour for a key id nobody has published
TIMEOUT = 10.0  # seconds for the metadata and the keys together


@dataclass(frozen=True)
class SigningKey:
    """What botbuilder's token check reads of a key (as its `_OpenIdConfig`)."""

    public_key: object
    endorsements: list


class OpenIdKeys:
    def __init__(self, url: str, *, timeout: float = TIMEOUT,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.url, self._timeout, self._now = url, timeout, monotonic
        self._keys: dict[str, dict] = {}
        self._fetched_at: float | None = None  # of the last good fetch
        self._tried_at: float | None = None  # of the last fetch, good or not
        self._fetching: asyncio.Task | None = None

    async def get(self, key_id: str | None) -> SigningKey | None:
        """The key of that id, None if it is not published (the token is then refused)."""
        if self._fetched_at is None:
            await self._fetch()  # nothing to check with yet: the first request waits
        elif self._now() - self._fetched_at > DAILY:
            self._start_fetch()  # in the background; the keys in hand serve meanwhile
        if key_id not in self._keys and self._may_fetch_for_unknown():
            await self._fetch()
        return _signing_key(self._keys.get(key_id)) if key_id else None

    def _may_fetch_for_unknown(self) -> bool:
        """A key published since the last fetch: fetch now, unless one was tried within the
        hour (a forged token naming made-up key ids must not make us fetch for each)."""
        return self._tried_at is None or self._now() - self._tried_at > UNKNOWN_KEY_PAUSE

    async def _fetch(self) -> None:
        """One fetch at a time: a caller arriving during one waits for it (shielded, so a
        request cancelled meanwhile does not cancel it for the others)."""
        await asyncio.shield(self._start_fetch())

    def _start_fetch(self) -> asyncio.Task:
        if self._fetching is None or self._fetching.done():
            self._fetching = asyncio.get_running_loop().create_task(self._refresh())
        return self._fetching

    async def _refresh(self) -> None:
        self._tried_at = self._now()
        try:
            timeout = aiohttp.ClientTimeout(total=self._timeout)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.get(self.url) as response:
                    response.raise_for_status()
                    keys_url = (await response.json(content_type=None))["jwks_uri"]
                async with session.get(keys_url) as response:
                    response.raise_for_status()
                    keys = (await response.json(content_type=None))["keys"]
            self._keys = {key["kid"]: key for key in keys if isinstance(key, dict)
                          and isinstance(key.get("kid"), str)}
            self._fetched_at = self._now()
        except Exception as error:  # keep the last good keys; try again on the next request
            log.warning("OpenID signing keys not fetched; the last ones kept",
                        extra={"url": self.url, "error": repr(error), "kept": len(self._keys)})


def _signing_key(jwk: dict | None) -> SigningKey | None:
    if jwk is None:
        return None
    try:
        public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
    except Exception:  # not an RSA key we can read: as if unpublished
        log.warning("OpenID signing key unreadable", extra={"kid": jwk.get("kid")})
        return None
    return SigningKey(public_key, list(jwk.get("endorsements") or []))


class _KeysByUrl(dict):
    """botbuilder's cache of metadata by URL, answering with our `OpenIdKeys` for any URL."""

    def __init__(self, make: Callable[[str], OpenIdKeys]) -> None:
        super().__init__()
        self._make = make

    def get(self, url, default=None):
        if url not in self:
            self[url] = self._make(url)
        return self[url]


def install(timeout: float = TIMEOUT) -> None:
    """Every token botbuilder checks from now on is checked against keys kept by us."""
    if not isinstance(JwtTokenExtractor.metadataCache, _KeysByUrl):
        JwtTokenExtractor.metadataCache = _KeysByUrl(lambda url: OpenIdKeys(url,
                                                                            timeout=timeout))
