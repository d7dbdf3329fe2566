"""After an import, what the minutes propose beyond themselves: roles their titles name
("formand", "sekretær", "referent") and meetings they plan ("næste møde 15. marts kl. 9-12").
Both are offered on the import's answer and done only when the chair or the secretary ticks
them: planning sends the usual invitations. Doing them twice changes nothing, for a member who
has the role is proposed nothing and a meeting at the same time is not planned again.

The card carries what it offers (member ids with the title, days with times): the clicker is
the group's chair or secretary, who may give those roles and plan those meetings anyway.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from meetings.common.access import require_manager
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import DUPLICATE_MEETING, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.names import members_named
from meetings.groups.roles_from_titles import RoleProposal, apply_role_proposals, propose_roles
from meetings.groups.vocabulary import MANAGERS
from meetings.minutes.importing.corrections import BAD_CORRECTION
from meetings.minutes.importing.found import DEFAULT_HOURS, ImportedMinutes
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting

FIELD_FOLLOW_UP = "follow_up"
MAX_OFFERED = 20  # roles and meetings each: minutes name a handful
_PLAN = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/(\d{2}:\d{2})$")


@dataclass(frozen=True)
class ProposedMeeting:
    day: date
    starts: time
    ends: time
    time_written: bool  # False: no time in the minutes, the imported meeting's hours offered
    written: str = ""

    @property
    def key(self) -> str:
        return f"{self.day.isoformat()}T{self.starts:%H:%M}/{self.ends:%H:%M}"


@dataclass(frozen=True)
class FollowUps:
    roles: list[RoleProposal]
    meetings: list[ProposedMeeting]


@dataclass(frozen=True)
class Done:
    given: list[Member]
    planned: list[Meeting]
    already: int  # ticked, but done before (a second click, or planned meanwhile)


async def offers_of(uow: UnitOfWork, group: Group, minutes: ImportedMinutes,
                     now: datetime) -> FollowUps:
    """The roles to offer (members in Teams whose title names a role they lack) and the
    meetings to offer (ahead, not planned at that time already)."""
    members = [m for m in await uow.members.of_group(group.id)
               if m.left_at is None and m.imported_at is None]
    named = [(m.id, m.name) for m in members]
    titled = []
    for proposed in minutes.roles:
        found = members_named(proposed.name, named)
        if len(found) == 1:
            titled.append((found[0][0], proposed.written))
    roles = (await _proposals(uow, group, titled))[:MAX_OFFERED]
    tz = ZoneInfo(group.time_zone)
    meetings = []
    for meeting in _proposed(minutes):
        starts_at = datetime.combine(meeting.day, meeting.starts, tz).astimezone(UTC)
        if starts_at > now and await uow.imports.starting_at(group.id, starts_at) is None:
            meetings.append(meeting)
    return FollowUps(roles, meetings[:MAX_OFFERED])


async def _proposals(uow: UnitOfWork, group: Group,
                     titled: list[tuple[int, str]]) -> list[RoleProposal]:
    """The roles the titles propose, but none that takes the chair's or the secretary's role
    from one who has it: "Referent: Lisbet" of the secretary who took the minutes."""
    leaders = {m.id for m in await uow.members.of_group(group.id) if m.role in MANAGERS}
    return [p for p in await propose_roles(uow, group, titled)
            if p.member_id not in leaders or p.role in MANAGERS]


def _proposed(minutes: ImportedMinutes) -> list[ProposedMeeting]:
    found = []
    for planned in minutes.planned:
        starts = planned.starts or minutes.starts
        ends = planned.ends if planned.starts else minutes.ends
        if ends is None or ends <= starts:
            ends = (datetime.combine(planned.day, starts) + timedelta(hours=DEFAULT_HOURS)).time()
        if ends > starts:
            found.append(ProposedMeeting(planned.day, starts, ends, planned.starts is not None,
                                         planned.written))
    return found


async def act_on_offers(uow: UnitOfWork, group: Group, actor: Member,
                            data: Mapping[str, Any], now: datetime) -> Done:
    """Give the ticked roles and plan the ticked meetings, in one write."""
    require_manager(actor, group, "import_follow_ups")
    titled, meetings = _ticked(data)
    proposals: Sequence[RoleProposal] = await _proposals(uow, group, titled)
    given = await apply_role_proposals(uow, group, actor, proposals,
                                       [p.member_id for p in proposals], now)
    tz, planned, already = ZoneInfo(group.time_zone), [], len(titled) - len(proposals)
    for meeting in meetings:
        draft = MeetingDraft(datetime.combine(meeting.day, meeting.starts, tz).astimezone(UTC),
                             datetime.combine(meeting.day, meeting.ends, tz).astimezone(UTC),
                             place=None, online=False)
        if draft.starts_at <= now:  # a card clicked after the day: nothing to plan any more
            already += 1
            continue
        try:
            planned.append(await plan_meeting(uow, group, actor, draft, now))
        except Refusal as refused:
            # The same meeting planned already is done; another meeting in part of its time is
            # a clash the user must see, and nothing of the click is written.
            if refused.code != DUPLICATE_MEETING \
                    or refused.details.get("starts_at") != draft.starts_at.isoformat():
                raise
            already += 1
    return Done(given, planned, already)


def _ticked(data: Mapping[str, Any]) -> tuple[list[tuple[int, str]], list[ProposedMeeting]]:
    """The roles and meetings the card offered whose tick is on; a card not made here is
    refused."""
    roles, plans = data.get("roles", {}), data.get("plans", [])
    if not isinstance(roles, dict) or not isinstance(plans, list) \
            or len(roles) > MAX_OFFERED or len(plans) > MAX_OFFERED:
        raise Refusal(BAD_CORRECTION, field=FIELD_FOLLOW_UP, value="")
    titled = [(int(key), str(title)[:200]) for key, title in roles.items()
              if _on(data.get(f"role_{key}")) and isinstance(key, str) and key.isdigit()
              and len(key) < 12]
    return titled, [_meeting(plan) for index, plan in enumerate(plans)
                    if _on(data.get(f"plan_{index}"))]


def _meeting(plan: Any) -> ProposedMeeting:
    matched = _PLAN.match(plan) if isinstance(plan, str) else None
    try:
        if matched is None:
            raise ValueError(plan)
        day = date.fromisoformat(matched.group(1))
        starts, ends = time.fromisoformat(matched.group(2)), time.fromisoformat(matched.group(3))
    except ValueError:
        raise Refusal(BAD_CORRECTION, field=FIELD_FOLLOW_UP, value="") from None
    if ends <= starts or not 2000 <= day.year <= 2100:
        raise Refusal(BAD_CORRECTION, field=FIELD_FOLLOW_UP, value="")
    return ProposedMeeting(day, starts, ends, True)


def _on(value: Any) -> bool:
    return value is True or value == "true"
