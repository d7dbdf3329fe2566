"""On the answer to *Importér*: a tick for each role the minutes' titles name and each meeting
they plan, and one button that gives the ticked roles and plans the ticked meetings (with the
usual invitations); then what that did."""

from typing import Any

from bot.turn import Turn
from bot.views.import_preview import ROLE_WORDS
from bot.views.members import NOW_ROLE
from meetings.common.dates import format_day_and_time, format_meeting_time
from meetings.minutes.importing.offers import Done, FollowUps, ProposedMeeting


def offered(turn: Turn, found: FollowUps) -> dict[str, Any] | None:
    """The template's `offered`, or None when the minutes propose nothing to do."""
    if not found.roles and not found.meetings:
        return None
    # The template writes the sentences, so a toggle's title starts with our own words.
    roles = [{"id": f"role_{p.member_id}", "name": p.name, "title": p.title,
              "role": turn._(ROLE_WORDS.get(p.role, p.role))} for p in found.roles]
    meetings = [{"id": f"plan_{n}", "when": _when(turn, m)}
                for n, m in enumerate(found.meetings)]
    return {"roles": roles, "meetings": meetings,
            "data": {"roles": {str(p.member_id): p.title for p in found.roles},
                     "plans": [m.key for m in found.meetings]}}


def done_card(turn: Turn, done: Done) -> dict[str, Any]:
    lines = [turn._(NOW_ROLE[member.role], name=member.name) for member in done.given
             if member.role in NOW_ROLE]
    lines += [turn._("Planned: %(when)s. The members are invited as usual.",
                     when=format_meeting_time(meeting.starts_at, meeting.ends_at, turn.tz,
                                              turn.language)) for meeting in done.planned]
    if done.already:
        lines.append(turn.ngettext("%(count)s was done already, and is left as it is.",
                                   "%(count)s were done already, and are left as they are.",
                                   done.already))
    return turn.card("notice", heading_text=turn._("Roles and meetings from the minutes"),
                     text="\n\n".join(lines) or turn._("Nothing was ticked; nothing changed."))


def _when(turn: Turn, meeting: ProposedMeeting) -> str:
    when = format_day_and_time(meeting.day, meeting.starts, meeting.ends, turn.language)
    if not meeting.time_written:
        when += " " + turn._("(no time in the minutes: the same hours as this meeting)")
    return when
