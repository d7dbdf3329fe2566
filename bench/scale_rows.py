"""The rows of one made-up group, as plain dicts for Core inserts: 20 members, 10 meetings (six
held with minutes, four ahead), 53 minutes entries, 100 tasks of which 10 open, 170 outbox rows.

Everything whose time came before the busy day is recorded as done, as a bot that has run all
along would have left it: the agenda cycle's steps, the tasks' reminders, the minutes' approval,
the reminders sent. What falls on the busy day's morning is left for the ticks to do."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from bench.scale_texts import entry_pool, member_name, organisation
from meetings.agenda.times import cycle_times
from meetings.groups.settings import DEFAULT_STANDING_ITEMS, DEFAULTS
from meetings.planning.reminders import reminder_due
from meetings.tasks.chase import Cadence, meeting_reminder_day, stage_days
from meetings.tasks.chase_settings import DEFAULTS as CHASE_DEFAULTS

TZ = ZoneInfo("Europe/Copenhagen")
BUSY_DAY = date(2027, 3, 9)  # a Tuesday, no holiday near
MEMBERS, MEETINGS, HELD, TASKS, OPEN_TASKS, OUTBOX = 20, 10, 6, 100, 10, 170
ENTRIES_PER_MINUTES = (9, 9, 9, 9, 9, 8)  # 53
ENTRIES = sum(ENTRIES_PER_MINUTES)
ADDRESSES = MEMBERS + 1
CADENCE = Cadence()
STEPS = (("call_sent_at", "call_at"), ("nudged_at", "nudge_at"),
         ("agenda_published_at", "publish_at"), ("attendance_reminded_at", "remind_at"))


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ).astimezone(UTC)


DAY_START = local(BUSY_DAY, 0)
CREATED = DAY_START - timedelta(days=800)


@dataclass
class Rows:
    """Rows per table, in the order their foreign keys need."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in ORDER})

    def add(self, table: str, row: dict) -> None:
        self.tables[table].append(row)


ORDER = ("groups", "group_settings", "chase_settings", "members", "conversation_addresses",
         "meetings", "minutes", "minutes_entries", "minutes_search", "tasks", "outbox")


def group_rows(rows: Rows, index: int, service_url: str) -> None:
    gid = index + 1
    conversation = f"19:bench-{gid}@thread.v2"
    rows.add("groups", {"id": gid, "conversation_id": conversation, "kind": "groupChat",
                        "name": f"Netværksgruppe {gid}", "tenant_id": "bench-tenant",
                        "time_zone": TZ.key, "language": "da", "created_at": CREATED,
                        "welcomed_at": CREATED})
    rows.add("group_settings", {"group_id": gid, **DEFAULTS, "updated_at": CREATED,
                                "standing_items": [dict(i) for i in DEFAULT_STANDING_ITEMS]})
    rows.add("chase_settings", {"group_id": gid, **CHASE_DEFAULTS, "updated_at": CREATED})
    _members(rows, gid, conversation, service_url)
    meetings = _meetings(rows, gid)
    _minutes(rows, gid, meetings[:HELD])
    _tasks(rows, gid, meetings[HELD])
    _outbox(rows, gid, conversation, meetings[HELD:])


def member_id(gid: int, number: int) -> int:
    return (gid - 1) * MEMBERS + number + 1


def _members(rows: Rows, gid: int, conversation: str, service_url: str) -> None:
    address = {"channel_id": "msteams", "service_url": service_url, "tenant_id": "bench-tenant",
               "bot_id": "28:bench-bot", "bot_name": "Mødebot", "updated_at": CREATED,
               "group_id": None, "member_aad_object_id": None}
    first = (gid - 1) * ADDRESSES + 1
    rows.add("conversation_addresses", {"id": first, "conversation_id": conversation,
                                        "conversation_type": "groupChat",
                                        **address, "group_id": gid})
    for number in range(MEMBERS):
        role = {0: "chair", 1: "secretary"}.get(number, "member")
        rows.add("members", {"id": member_id(gid, number), "group_id": gid,
                             "teams_id": f"29:bench-{gid}-{number}",
                             "aad_object_id": f"aad-{gid}-{number}",
                             "name": member_name(gid, number),
                             "organisation": organisation(gid, number), "role": role,
                             "joined_at": CREATED})
        rows.add("conversation_addresses", {
            "id": first + number + 1, "conversation_id": f"a:bench-{gid}-{number}",
            "conversation_type": "personal",
            **address, "member_aad_object_id": f"aad-{gid}-{number}"})


def _weekday(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))  # Saturday, Sunday → Friday


def _meetings(rows: Rows, gid: int) -> list[SimpleNamespace]:
    """Quarterly meetings: the next one 1–90 days after the busy day, six before, three after."""
    first = BUSY_DAY + timedelta(days=1 + (gid * 37) % 90)
    days = [_weekday(first + timedelta(days=91 * k)) for k in range(-HELD, MEETINGS - HELD)]
    settings = SimpleNamespace(**DEFAULTS)
    meetings = []
    for number, day in enumerate(days):
        meeting = SimpleNamespace(id=(gid - 1) * MEETINGS + number + 1,
                                  starts_at=local(day, 10), ends_at=local(day, 13), sequence=0)
        times = cycle_times(meeting, settings, TZ)
        done = {column: CREATED for column, at in STEPS if getattr(times, at) < DAY_START}
        rows.add("meetings", {
            "id": meeting.id, "group_id": gid, "title": "Netværksmøde",
            "theme": "Plejefamilier" if number % 3 == 0 else None,
            "starts_at": meeting.starts_at, "ends_at": meeting.ends_at, "place": "Ringsted",
            "online": number % 2 == 0, "status": "planned", "calendar_token": f"cal-{meeting.id}",
            "sequence": 0, "created_at": CREATED, "updated_at": CREATED,
            "call_sent_at": None, "nudged_at": None, "agenda_published_at": None,
            "attendance_reminded_at": None, **done})
        meetings.append(meeting)
    return meetings


def _minutes(rows: Rows, gid: int, held: list[SimpleNamespace]) -> None:
    pool = entry_pool()
    entry_id = (gid - 1) * ENTRIES
    for number, (meeting, count) in enumerate(zip(held, ENTRIES_PER_MINUTES, strict=True)):
        minutes_id = (gid - 1) * HELD + number + 1
        rows.add("minutes", {**_minutes_state(gid, number == HELD - 1, meeting),
                             "id": minutes_id, "meeting_id": meeting.id, "group_id": gid,
                             "minute_taker_id": member_id(gid, 1),
                             "document_token": f"doc-{minutes_id}", "created_at": CREATED,
                             "updated_at": CREATED})
        for item in range(1, count + 1):
            entry_id += 1
            text = pool[(entry_id * 7 + gid) % len(pool)]
            rows.add("minutes_entries", {"id": entry_id, "minutes_id": minutes_id,
                                         "number": item, "title": text.title,
                                         "notes": text.notes, "decision": text.decision,
                                         "updated_at": CREATED})
            stems = text.stems
            rows.add("minutes_search", {"id": entry_id, "title": stems.title,
                                        "notes": stems.notes, "decision": stems.decision})


def _minutes_state(gid: int, latest: bool, meeting: SimpleNamespace) -> dict:
    """Approved, except the latest minutes of a fifth of the groups: out for approval, half of
    those with their silence-consent deadline passed on the busy morning."""
    posted = meeting.starts_at + timedelta(days=1)
    if latest and gid % 10 == 0:
        return {"status": "posted", "posted_at": posted, "approve_by": local(BUSY_DAY, 8),
                "approved_at": None}
    if latest and gid % 10 == 5:
        return {"status": "posted", "posted_at": posted,
                "approve_by": local(BUSY_DAY + timedelta(days=3), 8), "approved_at": None}
    return {"status": "approved", "posted_at": posted, "approve_by": posted,
            "approved_at": posted + timedelta(days=7)}


def _tasks(rows: Rows, gid: int, next_meeting: SimpleNamespace) -> None:
    meeting_day = next_meeting.starts_at.astimezone(TZ).date()
    reminded_meeting = meeting_reminder_day(meeting_day, CADENCE) < BUSY_DAY
    for number in range(TASKS):
        owner = member_id(gid, 2 + number % (MEMBERS - 2))
        task = {"id": (gid - 1) * TASKS + number + 1, "group_id": gid, "owner_id": owner,
                "title": f"Undersøg punkt {number} til netværket",
                "created_by": member_id(gid, 1), "created_at": CREATED, "updated_at": CREATED,
                "version": 0, "escalated_at": None, "reminded_on": None, "closed_at": None,
                "meeting_reminded_id": None}
        if number < OPEN_TASKS:
            due = BUSY_DAY + timedelta(days=(gid * 13 + number * 17) % 60 - 25)
            task.update(_open_progress(due), status="open", due_on=due,
                        meeting_reminded_id=next_meeting.id if reminded_meeting else None)
        else:
            due = BUSY_DAY - timedelta(days=30 + number * 3 % 300)
            task.update(status="done", due_on=due, reminder_stage=2, reminded_on=due,
                        closed_at=local(due, 12))
        rows.add("tasks", task)


def _open_progress(due: date) -> dict:
    """The stages reminded before the busy day, as the chase would have recorded them."""
    reached = [(stage, day) for stage, day in stage_days(due, CADENCE).items()
               if day < BUSY_DAY]
    if not reached:
        return {"reminder_stage": 0}
    stage, day = reached[-1]
    escalated = local(day, 9) if stage >= CADENCE.escalation_stage else None
    return {"reminder_stage": stage, "reminded_on": day, "escalated_at": escalated}


def _outbox(rows: Rows, gid: int, conversation: str, ahead: list[SimpleNamespace]) -> None:
    """The reminders of the meetings ahead (sent, or pending until their day), one message due
    on the busy morning, and sent history to make up 170."""
    first = (gid - 1) * OUTBOX
    target = {"group_id": gid, "conversation_id": conversation, "attempts": 0,
              "created_at": CREATED}
    made = []
    for meeting in ahead:
        due = reminder_due(meeting, TZ)
        state = ({"status": "pending"} if due >= DAY_START else
                 {"status": "sent", "sent_at": due, "teams_message_id": f"m{meeting.id}"})
        made.append({"dedupe_key": f"meeting-reminder:{meeting.id}:0:{conversation}",
                     "kind": "meeting_reminder", "payload": {"meeting_id": meeting.id},
                     "meeting_id": meeting.id, "due_at": due, "next_attempt_at": due,
                     "expires_at": meeting.starts_at, **state})
    busy = local(BUSY_DAY, 8, 59)
    made.append({"dedupe_key": f"bench-text:{gid}", "kind": "text", "status": "pending",
                 "payload": {"text": "Husk at svare på indkaldelsen."}, "due_at": busy,
                 "next_attempt_at": busy})
    for number in range(OUTBOX - len(made)):
        sent = CREATED + timedelta(days=number * 4)
        made.append({"dedupe_key": f"bench-sent:{gid}:{number}", "kind": "text",
                     "status": "sent", "payload": {"text": "…"}, "due_at": sent,
                     "next_attempt_at": sent, "sent_at": sent,
                     "teams_message_id": f"s{gid}-{number}"})
    for offset, row in enumerate(made):
        rows.add("outbox", {"id": first + offset + 1, **target, "member_id": None,
                            "meeting_id": None,
                            "replaces_key": None, "expires_at": None, "sent_at": None,
                            "teams_message_id": None, **row})
