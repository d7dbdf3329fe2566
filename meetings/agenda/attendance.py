"""Attendance: members answer attending, regrets (afbud) or a substitute; the list by organisation
is what the minutes print as participants and absentees."""

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from meetings.agenda.answers import regular_members, without_attendance
from meetings.agenda.entities import Attendance
from meetings.agenda.vocabulary import AttendanceStatus
from meetings.common.access import meeting_ahead, planned_meeting_of_group, require_member
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_ATTENDANCE, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.names import fold, members_named
from meetings.groups.organisations import danish_order
from meetings.planning.entities import Meeting

log = logging.getLogger(__name__)

NOT_ANSWERED = "not_answered"
COMING = (AttendanceStatus.ATTENDING, AttendanceStatus.SUBSTITUTE)
_TWO_NAMES = re.compile(r"\s+(?:og|and)\s+", re.IGNORECASE)
_KIND_OF_ORGANISATION = frozenset("kommune kommunen region regionen municipality".split())


@dataclass(frozen=True)
class PersonAttendance:
    member_id: int
    name: str
    status: str  # an AttendanceStatus, or NOT_ANSWERED
    substitute_name: str | None = None


@dataclass(frozen=True)
class OrganisationAttendance:
    organisation: str | None  # None: members whose organisation is not known
    people: tuple[PersonAttendance, ...]

    @property
    def represented(self) -> bool:
        """Somebody comes for the organisation (a substitute counts)."""
        return any(person.status in COMING for person in self.people)


async def answer_attendance(uow: UnitOfWork, group: Group, meeting_id: int, actor: Member,
                            status: str, now: datetime,
                            substitute_name: str | None = None) -> Attendance:
    """Any member, for themselves; a changed answer replaces the old one until the start."""
    require_member(actor, group, "answer_attendance")
    if status not in set(AttendanceStatus):
        raise Refusal(BAD_ATTENDANCE, field="status")
    name = (substitute_name or "").strip() if status == AttendanceStatus.SUBSTITUTE else ""
    if status == AttendanceStatus.SUBSTITUTE and not 0 < len(name) <= 200:
        raise Refusal(BAD_ATTENDANCE, field="substitute_name")
    meeting = await meeting_ahead(uow, group, meeting_id, now)
    answer = await uow.attendance.answer({
        "meeting_id": meeting.id, "member_id": actor.id, "status": str(status),
        "substitute_name": name or None, "updated_at": now})
    log.info("attendance answered", extra={"meeting_id": meeting.id, "status": str(status)})
    return answer


async def forget_attendance(uow: UnitOfWork, group: Group, meeting: Meeting,
                            now: datetime) -> None:
    """After a move to another day: answers given for the old day say nothing of the new one,
    so everyone is asked again (the attendance reminder goes to all who have not answered)."""
    forgotten = await uow.attendance.forget(meeting.id)
    log.info("attendance answers cleared: the meeting moved to another day",
             extra={"group_id": group.id, "meeting_id": meeting.id, "count": forgotten})


async def attendance_by_organisation(uow: UnitOfWork, group: Group, meeting_id: int
                                     ) -> list[OrganisationAttendance]:
    """Members (not guests) by organisation in Danish order, unknown organisation last."""
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    answers = await uow.attendance.of_meeting(meeting.id)
    by_organisation: dict[str | None, list[PersonAttendance]] = {}
    for member in await regular_members(uow, group.id):
        answer = answers.get(member.id)
        by_organisation.setdefault(member.organisation, []).append(PersonAttendance(
            member_id=member.id, name=member.name,
            status=answer.status if answer else NOT_ANSWERED,
            substitute_name=answer.substitute_name if answer else None))
    order = sorted(by_organisation, key=lambda name: (name is None, danish_order(name)))
    return [OrganisationAttendance(name, tuple(by_organisation[name])) for name in order]


async def not_answered(uow: UnitOfWork, group: Group, meeting_id: int) -> list[Member]:
    meeting = await planned_meeting_of_group(uow, group, meeting_id)
    return await without_attendance(uow, meeting)


async def attendance_to_show(uow: UnitOfWork, group: Group, actor: Member, meeting_id: int
                             ) -> list[OrganisationAttendance]:
    """Who is coming, for any member of the group: the minutes list it for all anyway."""
    require_member(actor, group, "show_attendance")
    return await attendance_by_organisation(uow, group, meeting_id)


def asked_about(asked: str, shown: list[OrganisationAttendance]) -> tuple[PersonAttendance, ...]:
    """Whom "Kommer Daniel?", "kommer Sanne og Stine?" or "er der nogen fra Køge?" asks
    about: the members the names can mean, else the members of the organisation it names;
    nobody when it names neither (the word read as a name may be none)."""
    people = [person for organisation in shown for person in organisation.people]
    everyone = [(person.member_id, person.name) for person in people]
    named = {member_id for name in _TWO_NAMES.split(asked)
             for member_id, _ in members_named(name, everyone)}
    if named:
        return tuple(person for person in people if person.member_id in named)
    wanted = set(fold(asked).split()) - _KIND_OF_ORGANISATION  # "Roskilde", not "Kommune"
    return next((group.people for group in shown if wanted and group.organisation
                 and wanted <= set(fold(group.organisation).split())), ())
