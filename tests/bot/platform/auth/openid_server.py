"""A loopback stand-in for the Bot Framework's OpenID metadata, with a key of the test's own.

botbuilder fetches the metadata with blocking `requests` calls from inside the event loop,
so the server runs in a thread of its own, not in the test's loop.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"
KEY_ID = "test-key"


class OpenIdServer:
    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": KEY_ID, "use": "sig", "endorsements": ["msteams"]})
        self._keys = {"keys": [jwk]}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_port}/openid"

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path == "/openid":
                    body = {"issuer": ISSUER, "jwks_uri": outer.url + "/keys",
                            "id_token_signing_alg_values_supported": ["RS256"]}
                else:
                    body = outer._keys
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        return Handler

    def __enter__(self) -> "OpenIdServer":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def token(self, *, audience: str, service_url: str, issuer: str = ISSUER,
              leave_out: tuple[str, ...] = ()) -> str:
        now = int(time.time())
        claims = {"iss": issuer, "aud": audience, "serviceurl": service_url,
                  "nbf": now - 60, "iat": now - 60, "exp": now + 600}
        claims = {name: value for name, value in claims.items() if name not in leave_out}
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": KEY_ID})
