"""A person's rows in every table, for their export and their erasure.

The person is every member row with their Entra object id (else their Teams id), in every
group. What names them directly is anonymised; what is only theirs (answers, their 1:1 chat,
messages sent to them) is deleted. Approved minutes keep the name they were approved with
(arkivloven), copied onto the minutes' own rows before the member row is anonymised.
"""

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import Text, cast, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from meetings.agenda.entities import AgendaItem, Attendance, GroupSettings, InputResponse
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind, Role
from meetings.minutes.entities import Minutes, MinutesEvent, PendingImport, Presence
from meetings.planning.entities import Meeting
from meetings.privacy.entities import PersonalExport, RoleChange
from meetings.privacy.free_text import mentions
from meetings.reports.entities import AnnualTexts
from meetings.tasks.entities import ChaseSettings, Task, TaskNote
from storage.models.activities import handled_activities_table as handled
from storage.models.base import table_of
from storage.models.phrasings import LearntPhrasing
from storage.repositories.outbox import SETTLED
from storage.repositories.personal_text import rewrite_free_text


class PersonalRows:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def members_of(self, aad_object_id: str | None, teams_id: str) -> list[Member]:
        """The person's member rows in every group: by Entra id, and by Teams id."""
        who = [Member.teams_id == teams_id]
        if aad_object_id:
            who.append(Member.aad_object_id == aad_object_id)
        return list(await self._session.scalars(
            select(Member).where(or_(*who)).order_by(Member.group_id, Member.id)))

    async def rows_about(self, members: Sequence[Member], aad_object_id: str | None,
                         names: Mapping[int, Sequence[str]]) -> dict[str, list[dict]]:
        """Every row about the person, table by table, each with all its columns but the
        download secrets; `names` are each member's names as their group writes them."""
        ids = [m.id for m in members]
        found: dict[str, list[dict]] = {"members": [plain(m) for m in members]}
        groups = select(Group).where(Group.id.in_({m.group_id for m in members}))
        found["groups"] = [plain(g) for g in await self._session.scalars(groups)]
        for table, query in _queries(ids, aad_object_id):
            found[table] = [plain(row) for row in await self._session.scalars(query)]
        for table, rows in (await self._named_by_others(members, names)).items():
            known = {row["id"] for row in found[table]}
            found[table] = sorted(found[table] + [plain(r) for r in rows if r.id not in known],
                                  key=lambda row: row["id"])
        return found

    async def _named_by_others(self, members: Sequence[Member],
                               names: Mapping[int, Sequence[str]]) -> dict[str, list]:
        """Others' rows that name the person where an erasure rewrites the name: answers that
        send them as substitute, items they are to present; in their own groups only."""
        found: dict[str, list] = {"attendance": [], "agenda_items": []}
        for m in members:
            written = names.get(m.id) or ()
            if not written:
                continue
            named = mentions(written)
            meetings = select(Meeting.id).where(Meeting.group_id == m.group_id)
            for table, column, where in (
                ("attendance", Attendance.substitute_name, Attendance.meeting_id.in_(meetings)),
                ("agenda_items", AgendaItem.presenter, AgendaItem.group_id == m.group_id),
            ):
                query = select(column.class_).where(where, or_(
                    *(column.contains(name, autoescape=True) for name in written)))
                found[table] += [row for row in await self._session.scalars(query)
                                 if named(getattr(row, column.key))]
        return found

    async def erase(self, members: Sequence[Member], aad_object_id: str | None,
                    former: dict[int, str]) -> None:
        """Erase the person: `former` is what each member row is called afterwards."""
        ids, teams_ids = [m.id for m in members], [m.teams_id for m in members]
        needles = {m.name for m in members} | set(teams_ids) | {aad_object_id}
        await self._keep_approved_names(members)
        await self._forget_in_messages(needles - {None, ""})
        for member in members:
            await self._anonymise(member, former[member.id])
        await self._session.flush()  # the rows anonymised before any is deleted
        for statement in _deletions(ids, aad_object_id, teams_ids):
            await self._session.execute(statement.execution_options(synchronize_session=False))

    async def _keep_approved_names(self, members: Sequence[Member]) -> None:
        """Approved minutes keep the names as approved (a public record)."""
        approved = select(Minutes.id).where(Minutes.approved_at.is_not(None))
        approved_meetings = select(Minutes.meeting_id).where(Minutes.approved_at.is_not(None))
        for m in members:
            for statement in (
                update(Presence).where(Presence.member_id == m.id,
                                       Presence.minutes_id.in_(approved), Presence.name.is_(None))
                .values(name=m.name, organisation=m.organisation),
                update(Minutes).where(Minutes.minute_taker_id == m.id,
                                      Minutes.approved_at.is_not(None))
                .values(minute_taker_id=None, minute_taker_name=m.name),
                update(Task).where(Task.owner_id == m.id, Task.meeting_id.in_(approved_meetings))
                .values(owner_id=None, owner_name=m.name),
            ):
                await self._session.execute(statement.execution_options(
                    synchronize_session=False))

    async def _forget_in_messages(self, needles: set[str]) -> None:
        """Sent messages whose stored card data names the person go now, not in 30 days, and
        so do the answers to clicks kept for Teams' retries (ten minutes; a retry of such a
        click is then handled again). The data is JSON text with æ, ø and å escaped
        ("S\\u00f8ren"), so a name is looked for as written there too."""
        payload, answer = cast(OutboxMessage.payload, Text), cast(handled.c.body, Text)
        for needle in needles:
            written = {needle, json.dumps(needle)[1:-1]}
            await self._session.execute(
                delete(OutboxMessage).where(OutboxMessage.status.in_(SETTLED), or_(
                    *(payload.contains(form, autoescape=True) for form in written)))
                .execution_options(synchronize_session=False))
            await self._session.execute(delete(handled).where(
                or_(*(answer.contains(form, autoescape=True) for form in written))))

    async def _anonymise(self, member: Member, former: str) -> None:
        for statement in (
            update(Task).where(Task.owner_id == member.id).values(owner_name=None),
            update(TaskNote).where(TaskNote.author_id == member.id).values(author_name=former),
            update(MinutesEvent).where(MinutesEvent.member_id == member.id)
            .values(author_name=former),
            update(AgendaItem).where(AgendaItem.group_id == member.group_id,
                                     AgendaItem.presenter == member.name)
            .values(presenter=former),  # in their group: a namesake elsewhere is not them
            update(RoleChange).where(RoleChange.member_id == member.id)
            .values(member_name=former),
            update(RoleChange).where(RoleChange.actor_id == member.id).values(actor_name=former),
        ):
            await self._session.execute(statement.execution_options(synchronize_session=False))
        member.name, member.teams_id = former, f"erased:{member.id}"
        member.aad_object_id = member.email = member.away_until = member.language = None
        member.role = Role.MEMBER

    async def rewrite_free_text(self, group_id: int, needles: Sequence[str],
                                rewrite: Callable[[str], str]) -> list[int]:
        """The erased person's names in the group's free text outside approved minutes
        (`personal_text`); the ids of the minutes entries changed."""
        return await rewrite_free_text(self._session, group_id, needles, rewrite)

    async def add_export(self, export: PersonalExport) -> None:
        self._session.add(export)

    async def purge_expired_exports(self, now: datetime, limit: int) -> list[int]:
        """Delete up to `limit` export links that have expired (found by their index)."""
        old = select(PersonalExport.id).where(PersonalExport.expires_at <= now).limit(limit)
        statement = (delete(PersonalExport).where(PersonalExport.id.in_(old.scalar_subquery()))
                     .returning(PersonalExport.id).execution_options(synchronize_session=False))
        return list((await self._session.scalars(statement)).all())

    async def export_by_token(self, token: str, now: datetime) -> PersonalExport | None:
        return await self._session.scalar(select(PersonalExport).where(
            PersonalExport.token == token, PersonalExport.expires_at > now))


def _queries(ids: list[int], aad: str | None):
    yield "attendance", select(Attendance).where(Attendance.member_id.in_(ids))
    yield "input_responses", select(InputResponse).where(InputResponse.member_id.in_(ids))
    yield "minutes_presence", select(Presence).where(Presence.member_id.in_(ids))
    yield "agenda_items", select(AgendaItem).where(AgendaItem.proposed_by.in_(ids))
    tasks = select(Task.id).where(or_(Task.owner_id.in_(ids), Task.created_by.in_(ids)))
    yield "tasks", select(Task).where(Task.id.in_(tasks)).order_by(Task.id)
    yield "task_notes", select(TaskNote).where(
        or_(TaskNote.author_id.in_(ids), TaskNote.task_id.in_(tasks))).order_by(TaskNote.id)
    yield "minutes_events", select(MinutesEvent).where(MinutesEvent.member_id.in_(ids))
    yield "minutes", select(Minutes).where(Minutes.minute_taker_id.in_(ids))
    yield "outbox", select(OutboxMessage).where(OutboxMessage.member_id.in_(ids))
    yield "role_changes", select(RoleChange).where(
        or_(RoleChange.member_id.in_(ids), RoleChange.actor_id.in_(ids))).order_by(RoleChange.id)
    yield "learnt_phrasings", select(LearntPhrasing).where(LearntPhrasing.member_id.in_(ids))
    # Minutes they sent or pasted for import, kept a day for *Importér*
    yield "pending_imports", select(PendingImport).where(PendingImport.member_id.in_(ids))
    if aad:
        yield "conversation_addresses", select(ConversationAddress).where(
            ConversationAddress.member_aad_object_id == aad)
        yield "meetings", select(Meeting).where(Meeting.created_by == aad)
        for model in (AnnualTexts, GroupSettings, ChaseSettings):
            yield table_of(model).name, select(model).where(model.updated_by == aad)


def _deletions(ids: list[int], aad: str | None, teams_ids: list[str]):
    """What is only the person's: their answers, messages to them, the phrasings they taught,
    the minutes they sent for import and not yet imported, their 1:1 chat, exports."""
    yield delete(Attendance).where(Attendance.member_id.in_(ids))
    yield delete(PendingImport).where(PendingImport.member_id.in_(ids))
    yield delete(InputResponse).where(InputResponse.member_id.in_(ids))
    yield delete(OutboxMessage).where(OutboxMessage.member_id.in_(ids))
    yield delete(LearntPhrasing).where(LearntPhrasing.member_id.in_(ids))
    yield delete(PersonalExport).where(PersonalExport.teams_id.in_(teams_ids))
    personal = select(Member.group_id).where(Member.id.in_(ids))
    yield delete(Group).where(Group.kind == ConversationKind.PERSONAL, Group.id.in_(personal))
    if aad:
        yield delete(PersonalExport).where(PersonalExport.aad_object_id == aad)
        yield delete(ConversationAddress).where(ConversationAddress.member_aad_object_id == aad)
        yield update(Meeting).where(Meeting.created_by == aad).values(created_by=None)
        for model in (AnnualTexts, GroupSettings, ChaseSettings):
            yield update(model).where(model.updated_by == aad).values(updated_by=None)


SECRETS = frozenset({"calendar_token", "document_token", "report_token", "token"})


def plain(row) -> dict:
    """A row as JSON values: every column but the download secrets."""
    return {column.key: _json(getattr(row, column.key))
            for column in table_of(type(row)).columns if column.key not in SECRETS}


def _json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value
