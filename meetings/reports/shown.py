"""What the annual report's cards show, read once, with whether the reader may write its
texts decided here."""

from dataclasses import dataclass
from datetime import datetime

from meetings.common.access import is_manager, require_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.reports.annual_report import AnnualReport, annual_report_of
from meetings.reports.entities import AnnualTexts
from meetings.reports.texts import annual_texts_for


@dataclass(frozen=True)
class ReportShown:
    report: AnnualReport
    texts: AnnualTexts
    can_edit: bool  # the reader is the chair or the secretary


async def report_shown(uow: UnitOfWork, group: Group, year: int, reader: Member | None,
                       now: datetime) -> ReportShown:
    report = await annual_report_of(uow, group, year, now)
    texts = await annual_texts_for(uow, group, year, now)
    return ReportShown(report, texts, reader is not None and is_manager(reader, group))


async def texts_to_edit(uow: UnitOfWork, group: Group, actor: Member, year: int, now: datetime,
                        *, typed: bool = False) -> ReportShown | None:
    """For the chair and the secretary only: the texts with the report they are filled from;
    nothing to read when the form comes back as it was typed."""
    require_manager(actor, group, "change_annual_texts")
    if typed:
        return None
    texts = await annual_texts_for(uow, group, year, now)
    return ReportShown(await annual_report_of(uow, group, year, now), texts, True)
