"""What the annual report's cards show, read once, with whether the reader may write its
texts decided here. Reading writes nothing: the texts row is made when they are saved."""

from dataclasses import dataclass
from datetime import datetime

from meetings.common.access import is_manager, require_manager
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.reports.annual_report import AnnualReport, annual_report_of
from meetings.reports.texts import check_year


@dataclass(frozen=True)
class ReportShown:
    report: AnnualReport  # the texts written for the year are in it (purpose, attention)
    can_edit: bool  # the reader is the chair or the secretary


async def report_shown(uow: UnitOfWork, group: Group, year: int, reader: Member | None,
                       now: datetime) -> ReportShown:
    report = await annual_report_of(uow, group, check_year(year), now)
    return ReportShown(report, reader is not None and is_manager(reader, group))


async def texts_to_edit(uow: UnitOfWork, group: Group, actor: Member, year: int, now: datetime,
                        *, typed: bool = False) -> ReportShown | None:
    """For the chair and the secretary only: the report the texts are filled from; nothing
    to read when the form comes back as it was typed."""
    require_manager(actor, group, "change_annual_texts")
    if typed:
        return None
    return ReportShown(await annual_report_of(uow, group, check_year(year), now), True)
