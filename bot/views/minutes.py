"""Turning the minutes into what the cards show: the overview with how far the minutes are,
the card of one item, and who came."""

import hashlib
from collections.abc import Collection, Mapping, Sequence
from contextlib import suppress
from datetime import timedelta
from typing import Any

from bot.turn import Speaker, Turn
from bot.views.meetings import meeting_context
from bot.views.replies import more_text
from cards import CardTooLarge
from meetings.common.dates import format_date, format_short_date
from meetings.common.i18n import N_
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.referat import Person, ReferatTask, minutes_document_url, person
from meetings.minutes.shown import EntryShown, MinutesOverview, PresenceShown
from meetings.minutes.vocabulary import EventKind, MinutesStatus, PresenceStatus
from meetings.tasks.sentence_subject import task_with_owner

SUMMARY_LENGTH = 110  # one line on a phone
# What a crowded minutes card keeps of a summary and a title, and a title in the list of
# items to comment on (one line of a drop-down).
SHORT_SUMMARY, SHORT_TITLE, CHOICE_TITLE = 50, 80, 50
MAX_COMMENTS = 20  # the card stays well under Teams' size limit
FIELDS = {"decision": N_("Decision"), "notes": N_("Notes"), "guests": N_("Guests"),
          "title": N_("Item")}


def status_text(turn: Turn, minutes: Minutes, changed: bool = False) -> str:
    """kladde / til godkendelse til <dato> / godkendt <dato>; `changed`: since they were
    posted, which started the deadline over."""
    if minutes.status == MinutesStatus.POSTED and minutes.approve_by is not None:
        # The deadline is the end of a day, which is the first instant of the next.
        last_day = minutes.approve_by - timedelta(microseconds=1)
        if changed:
            return turn._("Changed after posting, so earlier approvals no longer count and the "
                          "deadline started over: for approval by %(date)s",
                          date=_day(turn, last_day))
        return turn._("For approval by %(date)s", date=_day(turn, last_day))
    if minutes.status == MinutesStatus.APPROVED and minutes.approved_at is not None:
        return turn._("Approved %(date)s", date=_day(turn, minutes.approved_at))
    return turn._("Draft")


def _day(turn: Speaker, moment) -> str:
    return format_date(moment.astimezone(turn.tz).date(), turn.language)


def one_line(text: str, limit: int = SUMMARY_LENGTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def entry_summary(turn: Turn, entry: MinutesEntry) -> str:
    """The decision if there is one, else the notes: what a reader of the minutes looks for."""
    if entry.decision:
        return one_line(turn._("Decision: %(text)s", text=entry.decision))
    if entry.notes:
        return one_line(entry.notes)
    return turn._("Nothing recorded yet.")


def presence_summary(turn: Turn, statuses: Sequence[str]) -> str:
    return " · ".join((
        turn.ngettext("%(count)s present", "%(count)s present", statuses.count("present")),
        turn.ngettext("%(count)s absent", "%(count)s absent", statuses.count("absent")),
        turn.ngettext("%(count)s substitute", "%(count)s substitutes",
                      statuses.count("substitute"))))


def substitutes_of(turn: Turn, presences: Sequence[Presence],
                   members: Mapping[int, Member]) -> list[str]:
    """"Jens Holm (Roskilde, stedfortræder for Christel Jørgensen)", as the referat says it."""
    sent = [p for p in presences if p.status == PresenceStatus.SUBSTITUTE and p.substitute_name]
    return [person(Person(p.substitute_name, members[p.member_id].organisation,
                          substitute_for=members[p.member_id].name), turn.language)
            for p in sent if p.member_id in members]


def document_links(turn: Turn, minutes: Minutes) -> dict[str, str]:
    return {ext: minutes_document_url(turn.base_url, minutes, ext, turn.now,
                                      turn.links.document_days)
            for ext in ("docx", "md")}


def minutes_card(turn: Turn, overview: MinutesOverview, *, notice: str | None = None,
                 shared: bool = False) -> dict:
    """The overview; `shared` is the copy posted to the group, the same for every member (read
    for no reader). Long minutes shed detail until the card fits Teams, and say so."""
    minutes, entries, presences = overview.minutes, overview.entries, overview.presences
    values = dict(
        heading_text=turn._("Meeting minutes"), notice=notice, shared=shared,
        meeting=meeting_context(turn, overview.meeting), links=document_links(turn, minutes),
        minutes={"id": minutes.id, "version": minutes.version, "status": str(minutes.status),
                 "status_text": status_text(turn, minutes, overview.changed_since_posted)},
        minute_taker=minutes.minute_taker_name,
        presence=presence_summary(turn, [p.status for p in presences]),
        substitutes=substitutes_of(turn, presences, overview.substituted),
        approvals=", ".join(e.author_name or "?" for e in overview.approvals) or None,
        choices=[{"id": e.id, "title": one_line(f"{e.number}. {e.title}", CHOICE_TITLE)}
                 for e in entries],
        comments=_comments(turn, overview.events, entries, overview.can_resolve),
        can_edit=overview.can_edit, can_manage=overview.can_edit, can_post=overview.can_post,
        can_approve=overview.can_approve, can_comment=overview.can_comment)
    *larger, smallest = _shapes(turn, [{"id": e.id, "number": e.number, "title": e.title,
                                        "summary": entry_summary(turn, e)} for e in entries])
    for shape in larger:
        with suppress(CardTooLarge):
            return turn.card("minutes", **values, **shape)
    return turn.card("minutes", **values, **smallest)


def _shapes(turn: Turn, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the card shows of the items, from all of it to the least: in full; the decisions
    and notes cut short; only the titles, each row opening its item; the titles cut short too;
    then only the first items, halving. Some 30 items with a decision each fill Teams' 28 KB.
    Each shape says what it left out: the item's own card and the documents have it all."""
    cut = [row | {"summary": one_line(row["summary"], SHORT_SUMMARY)} for row in rows]
    short = [row | {"title": one_line(row["title"], SHORT_TITLE)} for row in rows]
    shortened = turn._("Titles are shortened and decisions and notes left out to fit in "
                       "Teams: open an item to read it, or download the whole minutes as "
                       "Word or Markdown below.")
    shapes = [{"entries": rows},
              {"entries": cut, "left_out": turn._(
                  "Decisions and notes are cut short to fit in Teams: open an item to read "
                  "them in full, or download the whole minutes as Word or Markdown below.")},
              {"entries": rows, "compact": True, "left_out": turn._(
                  "Decisions and notes are left out to fit in Teams: open an item to read "
                  "them, or download the whole minutes as Word or Markdown below.")},
              {"entries": short, "compact": True, "left_out": shortened}]
    shown = len(short)
    while shown > 0:
        shown //= 2
        more = turn.ngettext("… and %(count)s more item. The whole minutes are in the Word "
                             "document.", "… and %(count)s more items. The whole minutes are "
                             "in the Word document.", len(short) - shown)
        shapes.append({"entries": short[:shown], "compact": True, "left_out": shortened,
                       "more": more})
    return shapes


def _comments(turn: Turn, events: Sequence[MinutesEvent], entries: Sequence[MinutesEntry],
              manager: bool) -> list[dict[str, Any]]:
    """Comments not yet resolved: "Rie Nielsen om pkt. 3: …"."""
    numbers = {entry.id: entry.number for entry in entries}
    shown = []
    for event in events:
        if event.kind != EventKind.COMMENT or event.resolved_at is not None:
            continue
        who = event.author_name or "?"
        if event.entry_id in numbers:
            who = turn._("%(name)s on item %(number)s", name=who, number=numbers[event.entry_id])
        shown.append({"id": event.id, "text": f"{who}: {one_line(event.text or '', 300)}",
                      "can_resolve": manager})
    if len(shown) > MAX_COMMENTS:
        more = more_text(turn, len(shown) - MAX_COMMENTS)
        return [*shown[:MAX_COMMENTS], {"id": 0, "text": more, "can_resolve": False}]
    return shown


def entry_fingerprint(entry: MinutesEntry) -> str:
    """What the card showed of the item's text: saving checks it still is what is stored, so
    lines captured from the chat meanwhile are not overwritten by an older card."""
    text = "\x1f".join((entry.notes or "", entry.decision or "", entry.guests or ""))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def entry_card(turn: Turn, minutes: Minutes, entry: MinutesEntry, shown: EntryShown, *,
               notice: str | None = None, error: str | None = None,
               task_values: Mapping[str, str] | None = None, kept: str | None = None) -> dict:
    """The item's card; `task_values` as typed, else empty with the default due date."""
    meeting, members = shown.meeting, shown.members
    if task_values is None:
        task_values = {"title": "", "owner_id": "", "owner_name": "",
                       "due": shown.default_due.isoformat()}
    return turn.card(
        "minutes_entry", heading_text=turn._("Meeting minutes"), notice=notice, error=error,
        meeting=meeting_context(turn, meeting),
        minutes={"id": minutes.id, "version": minutes.version, "status": str(minutes.status)},
        entry={"id": entry.id, "number": entry.number, "title": entry.title,
               "notes": entry.notes or "", "decision": entry.decision or "",
               "guests": entry.guests or "", "seen": entry_fingerprint(entry)},
        kept=kept,
        can_edit=shown.can_edit, can_comment=shown.can_comment,
        tasks=entry_task_lines(turn, shown.tasks),
        members=[{"id": m.id, "name": m.name} for m in members],
        task_values=dict(task_values), min_date=turn.now.astimezone(turn.tz).date().isoformat())


def entry_task_lines(turn: Turn, tasks: Sequence[ReferatTask]) -> list[str]:
    """The tasks taken under the item, "Rie Nielsen – … · frist 4. dec. 2026" or "Rie undersøger
    … · …", as the referat prints them; a due date the import chose says so (the referat prints
    none)."""
    return [f"{task_with_owner(task.owner or '?', task.title)} · {_due_words(turn, task)}"
            for task in tasks]


def _due_words(turn: Turn, task: ReferatTask) -> str:
    day = format_short_date(task.due_on, turn.language)
    if task.due_by_import:
        return turn._("due %(date)s, set by the import", date=day)
    return turn._("due %(date)s", date=day)


def presence_card(turn: Turn, minutes: Minutes, shown: PresenceShown, *,
                  notice: str | None = None, error: str | None = None, first: int = 0,
                  unnamed: Collection[int] = ()) -> dict:
    """Every member to mark, on one card when they fit (60 to 70 do); a larger group a page at
    a time from the `first` (0-based), the page made smaller until the card fits. `unnamed`:
    members just marked as sending a substitute without a name, shown so, the name asked."""
    members = [{"id": m.id, "name": m.name, "status": str(p.status) if p else "",
                "substitute_name": (p.substitute_name if p else None) or ""}
               | ({"status": "substitute", "substitute_name": ""} if m.id in unnamed else {})
               for m, p in shown.listed]
    values = {"notice": notice, "error": error, "meeting": meeting_context(turn, shown.meeting),
              "minutes": {"id": minutes.id, "version": minutes.version,
                          "status": str(minutes.status)},
              "taker": {"id": str(minutes.minute_taker_id or ""),
                        "name": "" if minutes.minute_taker_id
                        else (minutes.minute_taker_name or "")}}
    asked = [n for n, m in enumerate(members) if m["id"] in unnamed]
    size = max(len(members), 1)
    while True:
        page = _page(members, first, size)
        if asked and not any(m["id"] in unnamed for m in page["members"]):
            page = _page(members, asked[0], size)  # the page where a name is asked for
        # The minute-taker is chosen among the members on the page, and whoever it is now.
        on_page = {m["id"] for m in page["members"]} | {minutes.minute_taker_id}
        takers = [m for m in members if m["id"] in on_page]
        try:
            return turn.card("minutes_presence", **values, **page, takers=takers)
        except CardTooLarge:
            if size == 1:
                raise
            size = min(size * 3 // 4, size - 1)  # a quarter less: pages stay full


def _page(members: list[dict[str, Any]], first: int, size: int) -> dict[str, Any]:
    """`size` members from the `first`; `page` only when they are not all shown."""
    first = min(max(first, 0), max(len(members) - size, 0))
    shown = members[first:first + size]
    if len(shown) == len(members):
        return {"members": shown, "page": None}
    return {"members": shown, "page": {
        "first": first, "last": first + len(shown), "count": len(members),
        "earlier": max(first - size, 0) if first > 0 else None,
        "later": first + size if first + size < len(members) else None}}


def search_card(turn: Speaker, query: str, hits: Sequence[Any], year: int | None = None) -> dict:
    """Hits of `meetings.search.search.search_minutes`: the meeting's day, the item, the words
    found; the year searched in, if one was asked."""
    return turn.card("search_results", query=query, year=year, hits=[{
        "entry_id": hit.entry_id,
        "when": _day(turn, hit.meeting_starts_at),
        "field": turn._(FIELDS.get(hit.field, N_("Notes"))),
        "item": f"{hit.number}. {hit.title}",
        "snippet": hit.snippet} for hit in hits])
