"""The HTTP surface: the Bot Framework endpoint, the health check and calendar files."""

import logging
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

from bot.auth import authenticated_process
from bot.meeting_bot import MeetingBot
from meetings.calendar_file import meeting_calendar
from meetings.clock import Clock
from meetings.dates import format_meeting_time
from meetings.i18n import translations
from storage.database import ping
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)


class Routes:
    def __init__(self, adapter: CloudAdapter, bot: MeetingBot, uow_factory: UnitOfWorkFactory,
                 engine, clock: Clock, base_url: str) -> None:
        self._adapter, self._bot = adapter, bot
        self._uow, self._engine, self._clock = uow_factory, engine, clock
        self._domain = urlsplit(base_url).hostname or "localhost"

    def install(self, app: web.Application) -> None:
        app.router.add_post("/api/messages", self.messages)
        app.router.add_get("/healthz", self.health)
        app.router.add_get("/calendar/{token}.ics", self.calendar)

    async def messages(self, request: web.Request) -> web.StreamResponse:
        return await authenticated_process(
            request, lambda r: self._adapter.process(r, self._bot))

    async def health(self, _: web.Request) -> web.Response:
        try:
            await ping(self._engine)
        except Exception:
            log.warning("health check: database unreachable", exc_info=True)
            return web.json_response({"status": "database unreachable"}, status=503)
        return web.json_response({"status": "ok"})

    async def calendar(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        async with self._uow() as uow:
            meeting = await uow.meetings.by_calendar_token(token) if len(token) < 64 else None
            group = await uow.groups.get(meeting.group_id) if meeting else None
        if meeting is None or group is None:
            raise web.HTTPNotFound(text="no such calendar entry")
        body = meeting_calendar(
            meeting, domain=self._domain, now=self._clock.now(),
            summary=meeting.theme and f"{meeting.title}: {meeting.theme}" or meeting.title,
            location=meeting.place or ("Microsoft Teams" if meeting.online else ""),
            description=self._description(meeting, group),
        )
        return web.Response(
            body=body, content_type="text/calendar", charset="utf-8",
            headers={"Content-Disposition": f'attachment; filename="meeting-{meeting.id}.ics"',
                     "Cache-Control": "no-store"},
        )

    @staticmethod
    def _description(meeting, group) -> str:
        _ = translations(group.language).gettext
        when = format_meeting_time(meeting.starts_at, meeting.ends_at, ZoneInfo(group.time_zone),
                                   group.language)
        return f"{meeting.title}\n{when}\n{_('Planned with Mødebot in Teams.')}"
