"""The next due moment of a meeting's agenda cycle and of a task's chase, from plain rows: the
rules the backfill of existing rows applies (storage.due_backfill)."""

from collections.abc import Sequence
from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from meetings.agenda.cycle import next_cycle_due
from meetings.agenda.times import cycle_times
from meetings.groups.settings import DEFAULTS
from meetings.tasks.chase import Cadence
from meetings.tasks.chase_due import next_chase_at

# The defaults as plain values: a row object per group would cost more than the rule.
DEFAULT_SETTINGS = SimpleNamespace(**DEFAULTS)
DEFAULT_CADENCE = Cadence()


def meeting_due(meeting, group, settings) -> datetime | None:
    """`settings` None: the group never stored any, the defaults hold."""
    settings = settings or DEFAULT_SETTINGS
    return next_cycle_due(meeting, cycle_times(meeting, settings, ZoneInfo(group.time_zone)))


def task_due(task, group, settings, meetings: Sequence, away_until: date | None
             ) -> datetime | None:
    cadence = Cadence.of(settings) if settings is not None else DEFAULT_CADENCE
    return next_chase_at(task, cadence, ZoneInfo(group.time_zone), meetings, away_until)
