"""Turning a meeting's agenda cycle into what the cards show: the call for input, the short
prompts, the agenda with its time slots, and attendance."""

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from bot.turn import Turn
from bot.views.meetings import meeting_context
from bot.views.tasks import follow_up_lines
from cards import CardTooLarge
from dialogs.item_form import typed
from meetings.agenda.agenda import Agenda, AgendaEntry
from meetings.agenda.vocabulary import AttendanceStatus, ItemKind
from meetings.common.dates import format_clock_span, format_day_and_time
from meetings.common.i18n import N_
from meetings.minutes.referat import agenda_document_url
from meetings.planning.entities import Meeting
from meetings.tasks.shown import FollowUp, is_follow_up

KINDS = {ItemKind.DECISION: N_("Decision"), ItemKind.DISCUSSION: N_("Discussion"),
         ItemKind.INFORMATION: N_("Information")}
ANSWERS = {AttendanceStatus.ATTENDING: N_("You are attending."),
           AttendanceStatus.REGRETS: N_("You have sent regrets."),
           AttendanceStatus.SUBSTITUTE: N_("%(name)s comes in your place.")}


def item_form_card(turn: Turn, meeting: Meeting, values: dict[str, Any] | None = None,
                   error: str | None = None, item_id: int | None = None) -> dict:
    """The proposal form, empty or as typed; with `item_id` the same form edits that item."""
    return turn.card("item_form", meeting=meeting_context(turn, meeting), error=error,
                     values=values or typed({}), item_id=item_id)


def written_moment(turn: Turn, moment: datetime) -> str:
    """da: "fredag den 15. januar 2027 kl. 12.00", the way the group writes it."""
    local = moment.astimezone(turn.tz)
    return format_day_and_time(local.date(), local.time(), None, turn.language)


def call_card(turn: Turn, meeting: Meeting, deadline_at: datetime,
              lead: str | None = None) -> dict:
    """The call for input; `lead` above the meeting, e.g. why one who joined late gets it."""
    return turn.card("agenda_call", meeting=meeting_context(turn, meeting),
                     deadline=written_moment(turn, deadline_at), lead=lead)


def prompt_card(turn: Turn, meeting: Meeting, text: str, buttons: str) -> dict:
    """A short 1:1 text with the buttons that answer it: "input" or "attendance"."""
    return turn.card("agenda_prompt", text=text, meeting=meeting_context(turn, meeting),
                     buttons=buttons)


def has_follow_up(agenda: Agenda) -> bool:
    """Whether a standing item follows up on the tasks, whose lines the card then lists."""
    return any(entry.standing and is_follow_up(entry.title) for entry in agenda.entries)


def agenda_card(turn: Turn, meeting: Meeting, agenda: Agenda, heading: str,
                answer: str | None = None, follow_up: FollowUp | None = None) -> dict:
    """The agenda with its time slots; `follow_up` is read when `has_follow_up(agenda)`."""
    entries = [entry_context(turn, entry) for entry in agenda.entries]
    for entry, context in zip(agenda.entries, entries, strict=True):
        if follow_up is not None and entry.standing and is_follow_up(entry.title):
            context["tasks"] = follow_up_lines(turn, follow_up)
            context["task_count"] = len(follow_up.tasks)
    values = {"heading_text": heading, "meeting": meeting_context(turn, meeting),
              "answer": answer, "overrun": _overrun(turn, agenda),
              "document_url": agenda_document_url(turn.base_url, meeting, "docx", turn.now,
                                                  turn.links.document_days)}
    shapes = _shapes(turn, entries)
    for shape in shapes:
        try:
            return turn.card("agenda", **values, **shape)
        except CardTooLarge:
            # Some 25 items with presenters, guests and attachments fill Teams' 28 KB; a
            # longer agenda sheds detail step by step, and the rest is in the .docx.
            if shape is shapes[-1]:
                raise
    raise AssertionError("unreachable")


# The follow-up lines and title length a crowded compact agenda keeps.
FEW_TASKS, SHORT_TITLE = 5, 80


def _shapes(turn: Turn, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the card shows, from all of it to the least: full; compact (no presenters, guests
    or links); fewer follow-up lines; shortened titles; then only the first items, halving."""
    fewer = [_cut_tasks(turn, entry, FEW_TASKS) for entry in entries]
    short = [_cut_tasks(turn, entry, 0) | {"title": _shortened(entry["title"])}
             for entry in entries]
    shapes = [{"entries": entries}, {"entries": entries, "compact": True},
              {"entries": fewer, "compact": True}, {"entries": short, "compact": True}]
    shown = len(short)
    while shown > 0:
        shown //= 2
        more = turn.ngettext("… and %(count)s more item. The whole agenda is in the Word "
                             "document.", "… and %(count)s more items. The whole agenda is in "
                             "the Word document.", len(short) - shown)
        shapes.append({"entries": short[:shown], "compact": True, "more": more})
    return shapes


def _cut_tasks(turn: Turn, entry: dict[str, Any], keep: int) -> dict[str, Any]:
    if entry["task_count"] <= keep:
        return dict(entry)
    left = turn.ngettext("… and %(count)s more task to follow up.",
                         "… and %(count)s more tasks to follow up.", entry["task_count"] - keep)
    return entry | {"tasks": [*entry["tasks"][:keep], left]}


def _shortened(title: str) -> str:
    return title if len(title) <= SHORT_TITLE else title[:SHORT_TITLE - 1].rstrip() + "…"


def answer_text(turn: Turn, status: str, substitute_name: str | None) -> str:
    return turn._(ANSWERS[AttendanceStatus(status)], name=substitute_name or "")


def entry_context(turn: Turn, entry: AgendaEntry) -> dict[str, Any]:
    slot = format_clock_span(entry.starts_at.time(), entry.ends_at.time(), turn.language)
    return {"number": entry.number, "title": entry.title, "slot": slot,
            "kind": turn._(KINDS.get(entry.kind, N_("Discussion"))),
            "presenter": entry.presenter, "guests": entry.guests,
            "carried_over": entry.carried_over, "item_id": entry.item_id,
            "tasks": [], "task_count": 0,
            "links": [{"title": link.title, "url": link.url} for link in entry.links
                      if _web(link.url)]}


def _overrun(turn: Turn, agenda: Agenda) -> str | None:
    if agenda.overrun_minutes <= 0:
        return None
    return turn.ngettext("The items run %(count)s minute past the end of the meeting.",
                         "The items run %(count)s minutes past the end of the meeting.",
                         agenda.overrun_minutes)


def _web(url: str) -> bool:
    # Stored links were checked, but a card must never carry a javascript: or file: link.
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
