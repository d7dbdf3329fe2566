"""A loopback aiohttp server of OpenID metadata and its signing keys (JWKS), in a thread and
an event loop of its own: a blocking fetch from the bot's loop must not stop it answering."""

import asyncio
import json
import threading
import time

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.bot.platform.auth.openid_server import ISSUER


class KeysServer:
    def __init__(self) -> None:
        self.keys: list[dict] = []
        self.private: dict[str, rsa.RSAPrivateKey] = {}
        self.key_fetches = 0
        self.asked = threading.Event()  # set by each request for the keys
        self.failing = False  # answer 500
        self.gate = threading.Event()  # while held (not set), the keys wait for it
        self.gate.set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.url = ""

    def publish(self, kid: str) -> None:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
        jwk.update({"kid": kid, "use": "sig", "endorsements": ["msteams"]})
        self.keys.append(jwk)
        self.private[kid] = key

    def token(self, kid: str, *, audience: str, service_url: str) -> str:
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": audience, "serviceurl": service_url,
                  "nbf": now - 60, "iat": now - 60, "exp": now + 600}
        return jwt.encode(claims, self.private[kid], algorithm="RS256", headers={"kid": kid})

    async def _metadata(self, request: web.Request) -> web.Response:
        if self.failing:
            return web.Response(status=500)
        return web.json_response({"issuer": ISSUER, "jwks_uri": self.url + "/keys",
                                  "id_token_signing_alg_values_supported": ["RS256"]})

    async def _keys(self, request: web.Request) -> web.Response:
        self.key_fetches += 1
        self.asked.set()
        # Released by the test; after 5 s anyway, so a bot that waits for it blocking its own
        # loop (botbuilder's fetch) gets on and its test fails instead of hanging.
        await asyncio.get_running_loop().run_in_executor(None, self.gate.wait, 5)
        if self.failing:
            return web.Response(status=500)
        return web.json_response({"keys": self.keys})

    async def wait_until_asked(self) -> None:
        """Until the keys are asked for (then cleared for the next time)."""
        await asyncio.to_thread(self.asked.wait, 5)
        self.asked.clear()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get("/openid", self._metadata)
        app.router.add_get("/openid/keys", self._keys)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/openid"
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup())
        self._loop.close()

    def __enter__(self) -> "KeysServer":
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._ready.wait()
        return self

    def __exit__(self, *exc) -> None:
        self.gate.set()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
