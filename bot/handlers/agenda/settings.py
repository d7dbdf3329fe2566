"""The chair's and the secretary's other cards: who is coming, by organisation, and the
agenda cycle's settings."""

from typing import Any

from bot.card_data import Action
from bot.handlers.tasks.chase_settings import CHASE_SETTINGS_ACTIONS
from bot.turn import CardReply, Turn
from bot.views.meetings import meeting_context
from bot.views.replies import form_problem_text
from dialogs import settings_forms
from dialogs.card_inputs import meeting_id_of
from dialogs.forms import Invalid
from dialogs.settings_forms import AGENDA_NUMBERS
from meetings.agenda.attendance import (
    NOT_ANSWERED,
    PersonAttendance,
    asked_about,
    attendance_to_show,
)
from meetings.agenda.configuration import MAX_STANDING_ITEMS, settings_form
from meetings.agenda.vocabulary import AttendanceStatus
from meetings.common.access import planned_meeting_of_group
from meetings.common.i18n import N_
from meetings.planning.entities import Meeting

STATUS = {AttendanceStatus.ATTENDING: N_("%(name)s: attending"),
          AttendanceStatus.REGRETS: N_("%(name)s: regrets"),
          AttendanceStatus.SUBSTITUTE: N_("%(name)s: sends %(substitute)s"),
          NOT_ANSWERED: N_("%(name)s: has not answered")}


async def attendance_card(turn: Turn, meeting: Meeting, asked: str = "") -> dict:
    """Who is coming, by organisation; asked about a person or an organisation ("Kommer
    Daniel?", "er der nogen fra Køge?"), their answers first."""
    groups = await attendance_to_show(turn.uow, turn.group, turn.member, meeting.id)
    people = [p for g in groups for p in g.people]
    counts = {status: sum(p.status in status for p in people) for status in
              ((AttendanceStatus.ATTENDING, AttendanceStatus.SUBSTITUTE),
               (AttendanceStatus.REGRETS,), (NOT_ANSWERED,))}
    coming, regrets, silent = counts.values()
    summary = ", ".join((
        turn.ngettext("%(count)s is coming", "%(count)s are coming", coming),
        turn.ngettext("%(count)s has sent regrets", "%(count)s have sent regrets", regrets),
        turn.ngettext("%(count)s has not answered", "%(count)s have not answered", silent),
    )) + "."
    organisations = [{"name": g.organisation or turn._("Organisation not known"),
                      "people": [_status(turn, p) for p in g.people]} for g in groups]
    answers = [_status(turn, person) for person in asked_about(asked, groups)]
    return turn.card("attendance", meeting=meeting_context(turn, meeting), summary=summary,
                     organisations=organisations, answers=answers)


def _status(turn: Turn, person: PersonAttendance) -> str:
    return turn._(STATUS[person.status], name=person.name, substitute=person.substitute_name or "")


async def show_attendance(turn: Turn, data: dict) -> CardReply:
    meeting = await planned_meeting_of_group(turn.uow, turn.group, meeting_id_of(data))
    return CardReply(card=await attendance_card(turn, meeting))


async def settings_card(turn: Turn, values: dict[str, Any] | None = None,
                        error: str | None = None, notice: str | None = None) -> dict:
    if values is None:  # else the values typed, brought back after the save's own check
        settings = await settings_form(turn.uow, turn.group, turn.member)
        values = {name: getattr(settings, name) for name in AGENDA_NUMBERS}
        values["deadline_time"] = settings.deadline_time.strftime("%H:%M")
        values["standing_items"] = settings.standing_items
    rows = list(values.get("standing_items") or [])
    rows.append({"title": "", "minutes": None, "kind": "orientering", "position": "end"})
    return turn.card("agenda_settings", values=values, error=error, notice=notice,
                     standing=rows[:MAX_STANDING_ITEMS + 1])


async def show_settings(turn: Turn, _: dict) -> CardReply:
    return CardReply(card=await settings_card(turn))


async def save_settings(turn: Turn, data: dict) -> CardReply:
    saved = await settings_forms.save_agenda_settings(turn, data)
    if isinstance(saved, Invalid):
        return CardReply(card=await settings_card(
            turn, saved.values, error=form_problem_text(turn, saved.problem)))
    return CardReply(card=await settings_card(turn, notice=turn._("Settings saved.")))


SETTINGS_ACTIONS: dict[str, Action] = {
    "attendance.show": show_attendance,
    "settings.form": show_settings,
    "settings.save": save_settings,
    **CHASE_SETTINGS_ACTIONS,
}
