"""The annual report's free texts (the group's purpose, points for the steering group's
attention): one row per group and year, made when the chair or the secretary first saves them.
A read of the report writes nothing: its download links are signed with the group's own
report_token (migration 0025), not with a secret of this row."""

import logging
from datetime import datetime

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_SETTINGS, Refusal
from meetings.documents.links import link_opens, link_subject, year_link_opens, year_link_subject
from meetings.groups.entities import Group, Member
from meetings.reports.entities import AnnualTexts

log = logging.getLogger(__name__)

MAX_TEXT = 4000  # a page; the steering group reads the report in a meeting
FIRST_YEAR, LAST_YEAR = 2000, 2100


def check_year(year: object) -> int:
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise Refusal(BAD_SETTINGS, field="year")
    return year


async def texts_of(uow: UnitOfWork, group: Group, year: int) -> AnnualTexts | None:
    return await uow.annual_texts.get(group.id, year)


async def _texts_to_write(uow: UnitOfWork, group: Group, year: int,
                          now: datetime) -> AnnualTexts:
    """The year's row, made empty if there is none (two turns at once make one)."""
    check_year(year)
    await uow.annual_texts.add_if_absent({"group_id": group.id, "year": year, "updated_at": now})
    texts = await texts_of(uow, group, year)
    assert texts is not None  # just inserted, or there already
    return texts


async def change_annual_texts(uow: UnitOfWork, group: Group, actor: Member, year: int,
                              purpose: str | None, attention: str | None,
                              now: datetime) -> AnnualTexts:
    """Write the texts ("" clears one; None leaves it as it is)."""
    require_manager(actor, group, "change_annual_texts")
    wanted = {name: _text(value, name) for name, value in
              (("purpose", purpose), ("attention", attention)) if value is not None}
    texts = await _texts_to_write(uow, group, year, now)
    for name, value in wanted.items():
        setattr(texts, name, value)
    texts.updated_at, texts.updated_by = now, actor.aad_object_id
    await uow.flush()
    log.info("annual texts changed", extra={"group_id": group.id, "year": year,
                                            "fields": sorted(wanted)})
    return texts


async def report_by_token(uow: UnitOfWork, token: str,
                          now: datetime) -> tuple[Group, int] | None:
    """The group and year behind a report's download link; None for a link nobody was
    given, one made for another document or group or year, or one that has expired."""
    named = year_link_subject(token)
    if named is None:
        return await _signed_by_texts(uow, token, now)
    group_id, year = named
    group = await uow.groups.get(group_id)
    if group is None or not year_link_opens(token, "report", group.report_token, now):
        return None
    return group, year


async def _signed_by_texts(uow: UnitOfWork, token: str,
                           now: datetime) -> tuple[Group, int] | None:
    """A link handed out before migration 0025, signed with the year's texts row's secret:
    it opens until its last day, which DOCUMENT_LINK_DAYS may have set years ahead."""
    subject = link_subject(token)
    texts = await uow.annual_texts.by_id(subject) if subject is not None else None
    if texts is None or texts.document_token is None \
            or not link_opens(token, "report", texts.document_token, now):
        return None
    group = await uow.groups.get(texts.group_id)
    return (group, texts.year) if group else None


def _text(value: object, name: str) -> str | None:
    if not isinstance(value, str) or len(value.strip()) > MAX_TEXT:
        raise Refusal(BAD_SETTINGS, field=name)
    return value.strip() or None
