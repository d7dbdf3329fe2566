"""Fetching a file sent in a 1:1 chat: https on the SharePoint hosts only (loopback only when
asked), every redirect checked before it is followed, and no more than the size cap read."""

import pytest
from aiohttp import web

from bot.file_download import FAILED, NOT_ALLOWED, TOO_LARGE, DownloadFailed, FileDownloader
from bot.settings import FILE_HOSTS

TEAMS = FileDownloader(hosts=frozenset(FILE_HOSTS), max_bytes=1000, timeout_seconds=5)
TESTS = FileDownloader(hosts=frozenset(FILE_HOSTS), max_bytes=1000, timeout_seconds=5,
                       loopback=True)


@pytest.mark.parametrize("url", [
    "https://kkr-my.sharepoint.com/personal/x/_layouts/15/download.aspx?UniqueId=1",
    "https://contoso.sharepoint.us/sites/a/referat.docx",
    "https://SharePoint.com/referat.docx",
])
def test_https_urls_on_the_sharepoint_hosts_are_fetched(url):
    assert TEAMS.allowed(url)


@pytest.mark.parametrize("url", [
    "http://kkr-my.sharepoint.com/referat.docx",  # not https
    "https://kkr-my.sharepoint.com.evil.example/referat.docx",
    "https://evilsharepoint.com/referat.docx",
    "https://169.254.169.254/latest/meta-data",
    "http://127.0.0.1:8080/referat.docx",  # loopback, not asked for
    "file:///etc/passwd",
    "not a url",
])
def test_other_urls_are_not(url):
    assert not TEAMS.allowed(url)


def test_loopback_is_fetched_only_when_asked():
    assert TESTS.allowed("http://127.0.0.1:8080/referat.docx")
    assert not TESTS.allowed("http://10.0.0.1/referat.docx")


@pytest.fixture
async def server(aiohttp_server):
    async def small(_):
        return web.Response(body=b"REFERAT")

    async def large(_):
        return web.Response(body=b"x" * 5000)

    async def streamed(request):
        response = web.StreamResponse()  # no Content-Length: the cap is counted while reading
        await response.prepare(request)
        for _ in range(10):
            await response.write(b"y" * 500)
        return response

    async def away(_):
        raise web.HTTPFound("http://files.example.org/referat.docx")

    async def home(_):
        raise web.HTTPFound("/small")

    app = web.Application()
    for path, handler in (("/small", small), ("/large", large), ("/streamed", streamed),
                          ("/away", away), ("/home", home)):
        app.router.add_get(path, handler)
    return await aiohttp_server(app)


async def test_a_small_file_is_fetched_and_a_redirect_on_the_same_host_followed(server):
    assert await TESTS.fetch(str(server.make_url("/small"))) == b"REFERAT"
    assert await TESTS.fetch(str(server.make_url("/home"))) == b"REFERAT"


@pytest.mark.parametrize(("path", "code"), [
    ("/large", TOO_LARGE), ("/streamed", TOO_LARGE), ("/away", NOT_ALLOWED), ("/gone", FAILED)])
async def test_too_large_redirected_away_or_missing_files_are_not_fetched(server, path, code):
    with pytest.raises(DownloadFailed) as failed:
        await TESTS.fetch(str(server.make_url(path)))
    assert failed.value.code == code


async def test_a_url_off_the_hosts_is_refused_before_any_request():
    with pytest.raises(DownloadFailed) as failed:
        await TEAMS.fetch("http://127.0.0.1:9/referat.docx")
    assert failed.value.code == NOT_ALLOWED
