"""The HTTP surface: the Bot Framework endpoint, the health check, calendar files, the
referat and agenda documents, and the annual report."""

import asyncio
import json
import logging
import unicodedata
from datetime import datetime
from urllib.parse import quote, urlsplit

from aiohttp import web

from bot.teams.adapter import TeamsAdapter
from bot.teams.auth import authenticated_process
from bot.teams.meeting_bot import MeetingBot
from meetings.common.clock import Clock
from meetings.documents.markdown import markdown_of
from meetings.documents.sheet import Sheet
from meetings.documents.word import docx_of
from meetings.minutes.agenda_document import agenda_filename, agenda_sheet
from meetings.minutes.documents_query import (
    agenda_document_by_token,
    meeting_by_link,
    referat_by_token,
)
from meetings.minutes.referat import referat_filename, referat_sheet
from meetings.planning.calendar_file import meeting_calendar
from meetings.privacy.document import export_filename, export_sheet
from meetings.privacy.rights import export_by_token
from meetings.reports.annual_report import annual_report_of
from meetings.reports.document import report_docx, report_filename, report_markdown
from meetings.reports.texts import report_by_token
from storage.database import WriteProbe, disk_problem, ping
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_DOCUMENT = r"{token}.{ext:(docx|md)}"
# A filename for clients that ignore filename*: Danish letters spelled out, the rest dropped.
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


class Routes:
    def __init__(self, adapter: TeamsAdapter, bot: MeetingBot, uow_factory: UnitOfWorkFactory,
                 engine, clock: Clock, base_url: str, *, min_free_disk_mb: int = 0) -> None:
        self._adapter, self._bot = adapter, bot
        self._min_free_disk_mb = min_free_disk_mb
        self._uow, self._engine, self._clock = uow_factory, engine, clock
        self._write_probe = WriteProbe(engine)
        self._domain = urlsplit(base_url).hostname or "localhost"

    def install(self, app: web.Application) -> None:
        app.router.add_post("/api/messages", self.messages)
        app.router.add_get("/healthz", self.health)
        app.router.add_get("/calendar/{token}.ics", self.calendar)
        app.router.add_get(f"/minutes/{_DOCUMENT}", self.minutes_document)
        app.router.add_get(f"/agenda/{_DOCUMENT}", self.agenda_document)
        app.router.add_get(f"/report/{_DOCUMENT}", self.annual_report)
        app.router.add_get(r"/mydata/{token}.{ext:(json|docx)}", self.personal_export)

    async def messages(self, request: web.Request) -> web.StreamResponse:
        auth_header = request.headers.get("Authorization", "")
        return await authenticated_process(
            request, lambda body: self._adapter.process_body(body, auth_header, self._bot))

    async def health(self, _: web.Request) -> web.Response:
        try:
            await ping(self._engine)
            problem = (disk_problem(self._engine, self._min_free_disk_mb)
                       or await self._write_probe.problem())
        except Exception:
            log.warning("health check: database unreachable", exc_info=True)
            return web.json_response({"status": "database unreachable"}, status=503)
        if problem:
            log.warning("health check: database not writable", extra={"reason": problem})
            return web.json_response({"status": "database not writable", "reason": problem},
                                     status=503)
        return web.json_response({"status": "ok"})

    async def calendar(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        async with self._uow() as uow:
            meeting = await meeting_by_link(uow, token, "calendar", self._clock.now())
            group = await uow.groups.get(meeting.group_id) if meeting else None
        if meeting is None or group is None:
            raise web.HTTPNotFound(text="no such calendar entry")
        body = meeting_calendar(meeting, group_name=group.name, language=group.language,
                                time_zone=group.time_zone, domain=self._domain,
                                now=self._clock.now())
        return web.Response(
            body=body, content_type="text/calendar", charset="utf-8",
            headers=_download_headers(f"meeting-{meeting.id}.ics"),
        )

    async def minutes_document(self, request: web.Request) -> web.Response:
        return await self._sheet(request, referat_by_token, referat_sheet, referat_filename,
                                 "no such minutes")

    async def agenda_document(self, request: web.Request) -> web.Response:
        return await self._sheet(request, agenda_document_by_token, agenda_sheet,
                                 agenda_filename, "no such agenda")

    async def _sheet(self, request: web.Request, find, sheet_of, filename_of,
                     missing: str) -> web.Response:
        """A document behind an unguessable token, as Word or Markdown."""
        token, ext = request.match_info["token"], request.match_info["ext"]
        async with self._uow() as uow:
            found = await find(uow, token, self._clock.now())
        if found is None:
            raise web.HTTPNotFound(text=missing)
        return await _download(sheet_of(found), ext, filename_of(found, ext), self._clock.now())

    async def annual_report(self, request: web.Request) -> web.Response:
        token, ext = request.match_info["token"], request.match_info["ext"]
        async with self._uow() as uow:
            found = await report_by_token(uow, token, self._clock.now())
            report = await annual_report_of(uow, *found, self._clock.now()) if found else None
        if report is None:
            raise web.HTTPNotFound(text="no such report")
        headers = _download_headers(report_filename(report, ext))
        if ext == "docx":
            # Drawing the chart takes a moment: off the event loop, so other turns go on.
            body = await asyncio.to_thread(report_docx, report, self._clock.now())
            return web.Response(body=body, content_type=DOCX, headers=headers)
        return web.Response(text=report_markdown(report), content_type="text/markdown",
                            charset="utf-8", headers=headers)

    async def personal_export(self, request: web.Request) -> web.Response:
        """Everything stored about the person who asked, behind a link that opens for a day."""
        token, ext = request.match_info["token"], request.match_info["ext"]
        now = self._clock.now()
        async with self._uow() as uow:
            export = await export_by_token(uow, token, now)
        if export is None:
            raise web.HTTPNotFound(text="no such export")
        if ext == "docx":
            return await _download(export_sheet(export), ext, export_filename(ext, now), now)
        return web.Response(text=json.dumps(export, ensure_ascii=False, indent=1),
                            content_type="application/json", charset="utf-8",
                            headers=_download_headers(export_filename(ext, now)))


async def _download(sheet: Sheet, ext: str, filename: str, made: datetime) -> web.Response:
    headers = _download_headers(filename)
    if ext == "docx":
        # Long minutes take a while to write as Word: off the event loop, so turns and /healthz
        # are answered meanwhile.
        body = await asyncio.to_thread(docx_of, sheet, made)
        return web.Response(body=body, content_type=DOCX, headers=headers)
    return web.Response(text=markdown_of(sheet), content_type="text/markdown", charset="utf-8",
                        headers=headers)


def _download_headers(filename: str) -> dict[str, str]:
    return {"Content-Disposition": attachment_disposition(filename), "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff"}


def attachment_disposition(filename: str) -> str:
    """RFC 6266/5987: the Danish name for browsers that read filename*, ASCII for the rest.
    Whatever the name holds, no control character reaches the header (aiohttp refuses one)."""
    plain = unicodedata.normalize("NFKD", filename.translate(_ASCII))
    plain = plain.encode("ascii", "ignore").decode()
    plain = " ".join("".join(c if c.isprintable() else " " for c in plain
                             if c not in '"\\').split())
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"
