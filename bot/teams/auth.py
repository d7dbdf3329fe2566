"""Inbound request checks that botbuilder 4.17.1 gets wrong or leaves out.

A malformed or forged token makes the SDK raise from inside `CloudAdapter.process` (jwt errors,
a bare `Exception` for a bad endorsement, an IndexError for an unknown key id), which aiohttp
would answer with 500. Everything the SDK raises before the bot's turn begins is an
authentication failure and is answered 401; after that it is our error and stays 500.
"""

import logging
from contextvars import ContextVar

from aiohttp import web
from botframework.connector.auth import ClaimsIdentity

from bot.teams.request_body import NOT_JSON, BadBody, activity_json

log = logging.getLogger(__name__)

turn_started: ContextVar[bool] = ContextVar("turn_started", default=False)


def mark_turn_started() -> None:
    """Called by the bot at the start of each turn: authentication has passed by then."""
    turn_started.set(True)


def require_expiry(claims_identity: ClaimsIdentity, auth_header: str) -> None:
    """botbuilder has PyJWT verify "exp" only when a token has one, and a token without it
    would be good for ever: a token that was checked must carry it."""
    if auth_header and "exp" not in (claims_identity.claims or {}):
        raise PermissionError("the token has no expiry")


async def authenticated_process(request: web.Request, process) -> web.StreamResponse:
    """Run the adapter on the parsed body (`process(body)`), mapping failures before the turn
    to 401 and bad bodies to 4xx."""
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="application/json expected")
    try:
        # Read here so a broken body is 400 and an oversized one 413 (aiohttp's
        # client_max_size); the adapter takes it as parsed here.
        body = activity_json(await request.text())
    except UnicodeDecodeError:
        raise web.HTTPBadRequest(text=NOT_JSON) from None
    except BadBody as refused:
        raise web.HTTPBadRequest(text=str(refused)) from None
    turn_started.set(False)
    try:
        response = await process(body)
    except web.HTTPException:
        raise
    except Exception as error:
        if turn_started.get():
            raise
        log.warning("request refused: authentication failed",
                    extra={"error": type(error).__name__, "remote": request.remote})
        raise web.HTTPUnauthorized(text="invalid or missing token") from None
    return response or web.Response(status=201)

