"""Fetching a file a person sent the bot in a 1:1 chat: from the hosts Teams keeps such files
on only, over https, at most so big and so long, following a redirect only to such a host.
A download URL is client input: without this, a forged activity could make the bot fetch
from any address it can reach."""

import logging
from dataclasses import dataclass

import aiohttp
from yarl import URL

log = logging.getLogger(__name__)

NOT_ALLOWED, TOO_LARGE, FAILED = "not_allowed", "too_large", "failed"
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3
CHUNK = 64 * 1024


@dataclass(frozen=True)
class SentFile:
    """A file attached to a message: its name, where to fetch it, and Teams' word for its
    kind ("docx")."""

    name: str
    url: str
    file_type: str = ""


class DownloadFailed(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class FileDownloader:
    hosts: frozenset[str]
    max_bytes: int
    timeout_seconds: float
    loopback: bool = False  # tests: http on 127.0.0.1

    def allowed(self, url: str) -> bool:
        parsed = URL(url)
        host = (parsed.host or "").lower().rstrip(".")
        if self.loopback and host in LOOPBACK and parsed.scheme in ("http", "https"):
            return True
        return parsed.scheme == "https" and any(
            host == allowed or host.endswith("." + allowed) for allowed in self.hosts)

    async def fetch(self, url: str) -> bytes:
        """The file's bytes; DownloadFailed with NOT_ALLOWED, TOO_LARGE or FAILED."""
        timeout = aiohttp.ClientTimeout(total=self.timeout_seconds)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                for _ in range(MAX_REDIRECTS + 1):
                    if not self.allowed(url):
                        log.warning("refused: file download from a host not allowed",
                                    extra={"host": URL(url).host})
                        raise DownloadFailed(NOT_ALLOWED)
                    async with session.get(url, allow_redirects=False) as response:
                        if response.status in REDIRECTS and "Location" in response.headers:
                            url = str(response.url.join(URL(response.headers["Location"])))
                            continue
                        return await self._body(response)
        except (TimeoutError, aiohttp.ClientError, ValueError) as error:
            log.warning("file not downloaded", extra={"error": type(error).__name__})
            raise DownloadFailed(FAILED) from error
        raise DownloadFailed(FAILED)  # redirected too often

    async def _body(self, response: aiohttp.ClientResponse) -> bytes:
        if response.status != 200:
            log.warning("file not downloaded", extra={"status": response.status})
            raise DownloadFailed(FAILED)
        if (response.content_length or 0) > self.max_bytes:
            raise DownloadFailed(TOO_LARGE)
        data = bytearray()
        async for chunk in response.content.iter_chunked(CHUNK):
            data += chunk
            if len(data) > self.max_bytes:
                raise DownloadFailed(TOO_LARGE)
        return bytes(data)
