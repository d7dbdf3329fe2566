"""Who follows a planned, moved or cancelled meeting, wired once by whatever runs the use cases
(app.py; the tests' conftest): planning sits below the agenda and the tasks, so it announces
(meetings.planning.follow_ups) and they do their part, in the order planning once called them."""

from meetings.agenda.attendance import forget_attendance
from meetings.agenda.carry_over import carry_items_of_cancelled
from meetings.agenda.cycle import realign_agenda_cycle, start_agenda_cycle
from meetings.planning.follow_ups import (
    when_moved_or_cancelled,
    when_moved_to_another_day,
    when_planned,
)
from meetings.tasks.chase_due import reschedule_group_chase

when_planned(start_agenda_cycle)
when_planned(reschedule_group_chase)
when_moved_or_cancelled(realign_agenda_cycle)
when_moved_or_cancelled(carry_items_of_cancelled)
when_moved_or_cancelled(reschedule_group_chase)
when_moved_to_another_day(forget_attendance)
