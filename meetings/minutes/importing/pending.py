"""Minutes waiting on their preview card: staged when read, then imported or dropped by one
click of the chair or the secretary. The text stays in the row and the card carries only the
row's token, so a click can import nothing but what was sent, into the group it was sent for.
"""

import logging
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import IMPORT_GONE, NO_GROUP_TO_IMPORT, NOT_ALLOWED, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import MANAGERS, ConversationKind
from meetings.minutes.entities import PendingImport
from meetings.minutes.importing.corrections import corrected, corrections_from
from meetings.minutes.importing.found import ImportedMinutes
from meetings.minutes.importing.importer import ImportReport, import_key, import_minutes
from meetings.minutes.importing.reading import read_minutes
from meetings.minutes.importing.several.meeting_parts import import_parts, meetings_in
from meetings.planning.entities import Meeting

log = logging.getLogger(__name__)

PENDING_HOURS = 24  # a preview left longer is gone, and its text with it


async def import_targets(uow: UnitOfWork, person: Member, now: datetime
                         ) -> list[tuple[Group, Member]]:
    """The groups whose minutes the person may import from their 1:1 chat: those they chair
    or are secretary of. None is refused and logged."""
    found = await uow.members.groups_of_person(person, now)
    targets = [(group, member) for group, member, _ in found
               if group.kind != ConversationKind.PERSONAL and member.role in MANAGERS]
    if not targets:
        log.warning("refused: minutes sent by one who leads no group",
                    extra={"action": "import_minutes", "actor": person.aad_object_id,
                           "group_id": person.group_id})
        raise Refusal(NO_GROUP_TO_IMPORT)
    return targets


async def import_target_groups(uow: UnitOfWork, group: Group, actor: Member, now: datetime
                               ) -> list[tuple[Group, Member]]:
    """Where minutes sent in this conversation may go, with the sender's member row there: in
    a group's chat that group, for its chair and secretary only (anyone else is refused and
    logged); in the 1:1 chat the groups the sender leads."""
    if group.kind != ConversationKind.PERSONAL:
        require_manager(actor, group, "import_minutes")
        return [(group, actor)]
    return await import_targets(uow, actor, now)


async def imported_before(uow: UnitOfWork, group: Group, text: str) -> Meeting | None:
    """The meeting these minutes were imported as, if they were: no preview is needed then."""
    return await uow.imports.by_import_key(import_key(group.id, text))


async def stage_import(uow: UnitOfWork, uploader: Member, group: Group | None, name: str,
                       text: str, now: datetime) -> str:
    """Keep the text until a click; the token the card's buttons carry. `group` None: the
    uploader picks one of their groups on the card."""
    await uow.imports.drop_pending_before(now - timedelta(hours=PENDING_HOURS))
    token = secrets.token_urlsafe(24)
    uow.imports.add_pending(PendingImport(
        token=token, group_id=group.id if group else None, member_id=uploader.id,
        name=name[:255], text=text, created_at=now))
    await uow.flush()
    return token


async def confirm_import(uow: UnitOfWork, group: Group, actor: Member, token: str,
                         now: datetime) -> ImportReport:
    """Import what the preview showed, once: a second click finds it taken."""
    report, _ = await confirm_corrected(uow, group, actor, token, now, {})
    return report


async def confirm_corrected(uow: UnitOfWork, group: Group, actor: Member, token: str,
                            now: datetime, inputs: Mapping[str, Any]
                            ) -> tuple[ImportReport, ImportedMinutes | None]:
    """Import what the preview showed with the fixes in the card's inputs, in one write; a
    fix that does not fit these minutes is refused before anything is written, and after a
    clicker who may not import is. The minutes as imported."""
    pending = await _pending_for(uow, group, actor, token, now)
    fixes = corrections_from(inputs)
    text = pending.text
    reading = read_minutes(text)
    if reading.minutes is not None:
        reading = corrected(reading, fixes)
    if not await uow.imports.take_pending(token):
        raise Refusal(IMPORT_GONE)
    return await import_minutes(uow, group, text, now, reading), reading.minutes


async def confirm_previewed(uow: UnitOfWork, group: Group, actor: Member, token: str,
                            now: datetime, inputs: Mapping[str, Any]
                            ) -> list[tuple[ImportReport, ImportedMinutes | None]]:
    """What the preview showed imported, a report and the minutes (as imported) per meeting:
    the one meeting of a file with the card's fixes (confirm_corrected); each meeting of a file
    that holds several as a file of its own, all or none (several.meeting_parts), the card
    offering no fixes for them."""
    pending = await _pending_for(uow, group, actor, token, now)
    parts = meetings_in(pending.text)
    if len(parts) == 1:
        return [await confirm_corrected(uow, group, actor, token, now, inputs)]
    if not await uow.imports.take_pending(token):
        raise Refusal(IMPORT_GONE)
    reports = await import_parts(uow, group, parts, now)
    return [(report, part.reading.minutes) for report, part in zip(reports, parts, strict=True)]


async def cancel_import(uow: UnitOfWork, group: Group, actor: Member, token: str,
                        now: datetime) -> None:
    """Drop it unread: its uploader may from anywhere, others as they may import it."""
    pending = await _live(uow, token, now)
    uploader = await uow.members.get(pending.member_id)
    if uploader is None or not _same_person(uploader, actor):
        await _pending_for(uow, group, actor, token, now)
    if not await uow.imports.take_pending(token):
        raise Refusal(IMPORT_GONE)


async def _pending_for(uow: UnitOfWork, group: Group, actor: Member, token: str,
                       now: datetime) -> PendingImport:
    pending = await _live(uow, token, now)
    if not await _for_this_group(uow, pending, group, actor):
        log.warning("refused: a preview of another group or uploader",
                    extra={"action": "import_minutes", "actor": actor.aad_object_id,
                           "group_id": group.id, "target": pending.id})
        raise Refusal(NOT_ALLOWED)
    require_manager(actor, group, "import_minutes", target=pending.id)
    return pending


async def _live(uow: UnitOfWork, token: str, now: datetime) -> PendingImport:
    pending = await uow.imports.pending(token) if token else None
    if pending is None or pending.created_at <= now - timedelta(hours=PENDING_HOURS):
        raise Refusal(IMPORT_GONE)
    return pending


async def _for_this_group(uow: UnitOfWork, pending: PendingImport, group: Group,
                          actor: Member) -> bool:
    """The group it was sent for; or, picked on the card, one of the uploader's own."""
    if pending.group_id is not None:
        return pending.group_id == group.id
    uploader = await uow.members.get(pending.member_id)
    return (group.kind != ConversationKind.PERSONAL and uploader is not None
            and _same_person(uploader, actor))


def _same_person(one: Member, other: Member) -> bool:
    if one.aad_object_id and other.aad_object_id:
        return one.aad_object_id == other.aad_object_id
    return one.teams_id == other.teams_id
