"""What follows when a meeting is planned, moved or cancelled, told to the capabilities above
planning (the agenda cycle, the chase of tasks) that subscribed, so planning never calls them;
meetings.follow_ups subscribes them."""

from collections.abc import Awaitable, Callable
from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting

FollowUp = Callable[[UnitOfWork, Group, Meeting, datetime], Awaitable[None]]

_after_planning: list[FollowUp] = []
_after_a_change: list[FollowUp] = []  # a move or a cancellation
_after_another_day: list[FollowUp] = []  # a move to another day


def when_planned(follow_up: FollowUp) -> FollowUp:
    """Subscribe (a decorator): run `follow_up` right after a meeting is planned."""
    _after_planning.append(follow_up)
    return follow_up


def when_moved_or_cancelled(follow_up: FollowUp) -> FollowUp:
    """Subscribe (a decorator): run `follow_up` after a move or a cancellation, once the
    meeting's unsent messages were withdrawn."""
    _after_a_change.append(follow_up)
    return follow_up


def when_moved_to_another_day(follow_up: FollowUp) -> FollowUp:
    """Subscribe (a decorator): run `follow_up` after a move to another day, before those of
    `when_moved_or_cancelled`."""
    _after_another_day.append(follow_up)
    return follow_up


async def meeting_planned(uow: UnitOfWork, group: Group, meeting: Meeting,
                          now: datetime) -> None:
    _require(_after_planning)
    for follow_up in _after_planning:
        await follow_up(uow, group, meeting, now)


async def meeting_moved_or_cancelled(uow: UnitOfWork, group: Group, meeting: Meeting,
                                     now: datetime) -> None:
    _require(_after_a_change)
    for follow_up in _after_a_change:
        await follow_up(uow, group, meeting, now)


async def meeting_moved_to_another_day(uow: UnitOfWork, group: Group, meeting: Meeting,
                                      now: datetime) -> None:
    _require(_after_another_day)
    for follow_up in _after_another_day:
        await follow_up(uow, group, meeting, now)


def _require(follow_ups: list[FollowUp]) -> None:
    # A meeting without its agenda cycle would fail silently weeks later: fail now instead.
    if not follow_ups:
        raise RuntimeError("nothing follows a meeting's change: import meetings.follow_ups")


def subscribers() -> tuple[tuple[FollowUp, ...], ...]:
    """Who follows a planned meeting, who a moved or cancelled one, and who one moved to
    another day."""
    return tuple(_after_planning), tuple(_after_a_change), tuple(_after_another_day)
