"""Structured logs: one JSON object per line when not on a terminal, and never a token: no
bearer token, and no download link's secret (the access log writes each request's path)."""

import logging
import re
import sys

from pythonjsonlogger.json import JsonFormatter

# A bearer token or a JWT anywhere in a message is cut out before it is written.
SECRET = re.compile(r"(Bearer\s+)?eyJ[\w-]+\.[\w-]+\.[\w-]*|Bearer\s+\S+", re.IGNORECASE)
# A download link's path holds its secret ("/mydata/<token>.json" opens a person's export for
# a day): the kind of document and the extension are kept, the token is cut out.
LINK = re.compile(r"(/(?:calendar|minutes|agenda|report|mydata)/)[^\s/?#\"'.]+")
ACCESS_FIELDS = ("first_request_line", "request_header")


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if SECRET.search(message) or LINK.search(message):
            record.msg, record.args = _redacted(message), None
        # aiohttp's access log gives the request line and headers as fields of their own too.
        for field in ACCESS_FIELDS:
            value = getattr(record, field, None)
            if isinstance(value, str):
                setattr(record, field, _redacted(value))
            elif isinstance(value, dict):
                setattr(record, field, {k: _redacted(v) if isinstance(v, str) else v
                                        for k, v in value.items()})
        return True


def _redacted(text: str) -> str:
    return LINK.sub(r"\1[redacted]", SECRET.sub("[redacted]", text))


def configure_logging(level: str = "INFO", fmt: str = "auto") -> None:
    handler = logging.StreamHandler(sys.stderr)
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    if as_json:
        handler.setFormatter(JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        ))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # The SDK's HTTP client logs request headers at DEBUG, Authorization included;
    # aiosqlite logs every call with its SQL parameters at DEBUG;
    # APScheduler announces every tick at INFO.
    for noisy in ("msrest", "urllib3", "botframework", "aiohttp.access", "aiosqlite",
                  "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING if noisy == "apscheduler"
                                              else logging.INFO, root.level))
