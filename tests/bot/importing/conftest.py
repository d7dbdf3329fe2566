"""The file server Teams' download URLs point at, for the import tests that send files."""

import pytest
from aiohttp import web

from tests.bot.importing.import_file_steps import FileServer


@pytest.fixture
async def file_server(aiohttp_server) -> FileServer:
    served = FileServer()
    app = web.Application()
    app.router.add_get("/download/{name}", served.serve)
    server = await aiohttp_server(app)
    served.base = str(server.make_url("")).rstrip("/")
    return served
