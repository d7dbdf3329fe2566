"""The referat of a meeting as a value, laid out as the groups' own minutes are.

"REFERAT – <group> den 29/9 2023 kl. 10.00-13.00", the address, participants as
"Name (Organisation)" with one organisation's people joined ("A og B (Region Sjælland)") and a
substitute on their own ("Jens Holm (Roskilde, stedfortræder for Christel Jørgensen)"), guests
per item, the minute-taker, absentees, then one row per item: notes, "Beslutning: …" and
"Opgave: … (frist …)", and the next meeting as planned, its time span written as the heading's.
Pure: the rows are read in meetings/minutes/documents_query.py.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from meetings.common.dates import (
    document_dash,
    format_clock_span,
    format_day_and_time,
    format_long_date,
)
from meetings.common.i18n import translations
from meetings.documents.file_names import file_name_part
from meetings.documents.links import LINK_DAYS, link_token
from meetings.documents.sheet import Row, Sheet
from meetings.groups.organisations import short_organisation
from meetings.minutes.entities import Minutes
from meetings.planning.entities import Meeting
from meetings.tasks.sentence_subject import task_with_owner

# The documents' fixed words. Kept here rather than in the gettext catalog: they are a
# document's labels in the groups' own wording, few, and a test reads them in both languages.
LABELS = {
    "da": {"referat": "REFERAT", "agenda": "DAGSORDEN", "on": "den", "at": "kl.",
           "address": "Adresse", "participants": "Deltagere", "absent": "Fraværende",
           "minute_taker": "Referat", "guests": "Samt", "under": "under pkt.",
           "under_several": "under pkt.", "and": "og",
           "item": "Dagsordenspunkt", "minutes": "Referat", "decision": "Beslutning",
           "task": "Opgave", "due": "frist", "other_tasks": "Øvrige opgaver",
           "content": "Indhold", "presenter": "Oplæg", "guests_item": "Gæster",
           "recommendation": "Indstilling", "file_referat": "Referat",
           "file_agenda": "Dagsorden", "online": "Online (Microsoft Teams)",
           "and_online": "og online (Microsoft Teams)", "theme": "Tema", "deferred": "udskudt",
           "open": "Åben", "blocked": "Blokeret", "done": "Færdig", "cancelled": "Annulleret",
           "beslutning": "Beslutning", "drøftelse": "Drøftelse", "orientering": "Orientering",
           "next_meeting": "Næste møde"},
    "en": {"referat": "MINUTES", "agenda": "AGENDA", "on": "on", "at": "at",
           "address": "Address", "participants": "Participants", "absent": "Absent",
           "minute_taker": "Minutes", "guests": "Also", "under": "under item",
           "under_several": "under items", "and": "and",
           "item": "Agenda item", "minutes": "Minutes", "decision": "Decision",
           "task": "Task", "due": "due", "other_tasks": "Other tasks",
           "content": "Content", "presenter": "Presenter", "guests_item": "Guests",
           "recommendation": "Recommendation", "file_referat": "Minutes",
           "file_agenda": "Agenda", "online": "Online (Microsoft Teams)",
           "and_online": "and online (Microsoft Teams)", "theme": "Theme", "deferred": "deferred",
           "open": "Open", "blocked": "Blocked", "done": "Done", "cancelled": "Cancelled",
           "beslutning": "Decision", "drøftelse": "Discussion", "orientering": "Information",
           "next_meeting": "Next meeting"},
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["da"])


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str | None = None
    substitute_for: str | None = None  # the member this person came in the place of


@dataclass(frozen=True)
class ReferatTask:
    owner: str
    title: str
    due_on: date
    imported: bool = False  # read from imported minutes: its sentence is in its item's notes
    due_by_import: bool = False  # the importer chose due_on; the minutes set no deadline


@dataclass(frozen=True)
class ReferatItem:
    number: int
    title: str
    notes: str | None = None
    decision: str | None = None
    guests: str | None = None  # as written: "Heidi Madsen (Bakkehuset)"
    tasks: tuple[ReferatTask, ...] = ()


@dataclass(frozen=True)
class NextMeeting:
    """The group's next meeting as planned when the referat is read (local times)."""

    starts_at: datetime
    ends_at: datetime
    address: str | None


@dataclass(frozen=True)
class Referat:
    group_name: str
    language: str
    starts_at: datetime  # local time in the group's zone
    ends_at: datetime
    address: str | None
    participants: tuple[Person, ...]
    minute_taker: Person | None
    absentees: tuple[Person, ...]
    items: tuple[ReferatItem, ...]
    other_tasks: tuple[ReferatTask, ...] = ()  # the meeting's tasks not from a numbered item
    next_meeting: NextMeeting | None = None


def referat_sheet(referat: Referat) -> Sheet:
    words = labels(referat.language)
    rows = [_item_row(item, referat.language) for item in referat.items]
    if referat.other_tasks:
        rows.append(Row(words["other_tasks"], _task_lines(referat.other_tasks, referat.language)))
    return Sheet(heading=heading(words["referat"], referat.group_name, referat.starts_at,
                                 referat.ends_at, referat.language),
                 lines=tuple(_head_lines(referat, words)),
                 columns=(words["item"], words["minutes"]), rows=tuple(rows),
                 author=referat.group_name, language=referat.language,
                 closing=_next_meeting_lines(referat.next_meeting, referat.language))


def _next_meeting_lines(after: NextMeeting | None, language: str) -> tuple[str, ...]:
    """"Næste møde: fredag den 24. november 2023 kl. 10.00-13.00, Hækkerupsvej 1", as the
    secretary would otherwise look it up and type it; the time as the heading writes it."""
    if after is None:
        return ()
    words = labels(language)
    when = format_day_and_time(after.starts_at.date(), after.starts_at.time(),
                               after.ends_at.time(), language, document_dash(language))
    where = f", {after.address}" if after.address else ""
    return (f"{words['next_meeting']}: {when}{where}",)


def heading(word: str, group_name: str, starts_at: datetime, ends_at: datetime,
            language: str) -> str:
    """"REFERAT – Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00" as the groups head
    their minutes; in English "MINUTES – Netværksgruppe Børn og Unge, 29 September 2023,
    10:00–13:00" ("29/9 2023" is no English way to write a date)."""
    span = time_span(starts_at, ends_at, language)
    if language == "en":
        return f"{word} – {group_name}, {format_long_date(starts_at.date(), language)}, {span}"
    words = labels(language)
    day = f"{starts_at.day}/{starts_at.month} {starts_at.year}"
    return f"{word} – {group_name} {words['on']} {day} {words['at']} {span}"


def time_span(starts_at: datetime, ends_at: datetime, language: str) -> str:
    """"10.00-13.00" with a hyphen as the groups' minutes write it (en: "10:00–13:00", the en
    dash of English typography): the documents' one way to write a span of local times
    (heading, next meeting, an item's slot)."""
    return format_clock_span(starts_at.time(), ends_at.time(), language,
                             document_dash(language))


def people(persons: Iterable[Person], language: str) -> str:
    """People of one organisation joined, in the order they first appear, a substitute on
    their own: "Daniel Gottrup (Næstved), Anne-Katrine F. Madsen og Ania Holm (Region
    Sjælland), Jens Holm (Roskilde, stedfortræder for Christel Jørgensen)"."""
    groups: dict[object, list[Person]] = {}
    for place, p in enumerate(persons):
        groups.setdefault(place if p.substitute_for else p.organisation, []).append(p)
    return ", ".join(person(found[0], language) if found[0].substitute_for
                     else _joined([p.name for p in found], found[0].organisation, language)
                     for found in groups.values())


def person(p: Person, language: str) -> str:
    """"Rie Nielsen (Holbæk)"; a substitute says for whom, in the same brackets."""
    if p.substitute_for is None:
        return f"{p.name} ({p.organisation})" if p.organisation else p.name
    _ = translations(language).gettext
    if p.organisation:
        return _("%(name)s (%(organisation)s, substitute for %(member)s)") % {
            "name": p.name, "organisation": p.organisation, "member": p.substitute_for}
    return _("%(name)s (substitute for %(member)s)") % {"name": p.name,
                                                         "member": p.substitute_for}


def guests_line(items: Sequence[ReferatItem], language: str) -> str | None:
    """"Samt under pkt. 3 Heidi Madsen (Bakkehuset); under pkt. 6 og 7 Povl Skov (…)": a guest
    who came for several items is named once, as the seed minutes do."""
    words = labels(language)
    numbers: dict[str, list[str]] = {}  # the same guests under several items are named once
    for item in items:
        if item.guests and item.guests.strip():
            numbers.setdefault(item.guests.strip(), []).append(str(item.number))
    parts = [f"{words['under'] if len(found) == 1 else words['under_several']} "
             f"{_joined(found, None, language)} {guests}" for guests, found in numbers.items()]
    return f"{words['guests']} {'; '.join(parts)}" if parts else None


def _joined(names: list[str], organisation: str | None, language: str) -> str:
    and_word = labels(language)["and"]
    written = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {and_word} {names[-1]}"
    return f"{written} ({organisation})" if organisation else written


def _head_lines(referat: Referat, words: dict[str, str]) -> Iterable[str]:
    if referat.address:
        yield f"{words['address']}: {referat.address}"
    present = []  # "Deltagere: ." says nothing: the part is left out when nobody else came
    if referat.participants:
        present.append(f"{words['participants']}: "
                       f"{people(_as_written(referat.participants), referat.language)}")
    if guests := guests_line(referat.items, referat.language):
        present.append(guests)
    if referat.minute_taker:
        [taker] = _as_written((referat.minute_taker,))
        present.append(f"{words['minute_taker']}: {person(taker, referat.language)}")
    if present:
        yield ". ".join(present)
    if referat.absentees:
        yield f"{words['absent']}: {people(_as_written(referat.absentees), referat.language)}"


def _as_written(persons: Iterable[Person]) -> tuple[Person, ...]:
    """Members as the groups' minutes name them, "Rie Nielsen (Holbæk)", not "(Holbæk
    Kommune)": the minute-takers' lists write the municipality alone (the cards keep the full
    name)."""
    return tuple(replace(p, organisation=short_organisation(p.organisation))
                 if p.organisation else p for p in persons)


def _item_row(item: ReferatItem, language: str) -> Row:
    words = labels(language)
    notes = item.notes.strip() if item.notes else ""
    paragraphs = [notes] if notes else []
    decision = "\n".join(line.strip() for line in (item.decision or "").splitlines()
                         if line.strip() and not _said_in(line, notes))
    if decision:
        paragraphs.append(f"{words['decision']}: {decision}")
    said = f"{notes}\n{item.decision or ''}"
    paragraphs.extend(_task_lines((task for task in item.tasks
                                   if not (task.imported and _repeats(task.title, said))),
                                  language))
    return Row(f"{item.number}. {item.title}", tuple(paragraphs))


# Where a sentence of the notes begins: a line (after its bullet, "- ", "➤ ", "b) ") or a
# sentence's end.
_SENTENCE_START = r"(?:^[ \t]*(?:[-–•*○▪➤][ \t]*)?|(?<=[.:;!?])\s+)"


def _said_in(line: str, notes: str) -> bool:
    """A decision line the notes already hold as a sentence of their own, word for word:
    imported minutes keep the paragraph a decision was read from, and the referat says it once,
    where the secretary wrote it."""
    words = r"\s+".join(re.escape(word) for word in line.split())
    return bool(words) and re.search(_SENTENCE_START + words + r"(?=\s|$)", notes,
                                     re.MULTILINE) is not None


def _repeats(title: str, text: str) -> bool:
    """An imported task's title is its item's text from the owner's name on ("aftalt, at Povl
    orienterer lægen …"), cut with "…" when too long for a title: the referat says it once,
    where the secretary wrote it, not again as "Opgave: …"."""
    cut = title.endswith("…")
    words = r"\s+".join(re.escape(word) for word in title.removesuffix("…").split())
    return bool(words) and re.search(rf"(?<!\w){words}" + ("" if cut else r"(?!\w)"),
                                     text) is not None


def _task_lines(tasks: Iterable[ReferatTask], language: str) -> tuple[str, ...]:
    """"Opgave: Rie Nielsen – … (frist 1. november 2023)", or "Opgave: Rie undersøger …" as
    written (`task_with_owner`); no deadline the import chose, as the minutes set none."""
    words = labels(language)
    return tuple(f"{words['task']}: {task_with_owner(task.owner, task.title)}" + (
        "" if task.due_by_import else
        f" ({words['due']} {format_long_date(task.due_on, language)})") for task in tasks)


def referat_filename(referat: Referat, ext: str) -> str:
    return document_filename(labels(referat.language)["file_referat"], referat.starts_at,
                             referat.group_name, ext)


def document_filename(word: str, starts_at: datetime, group_name: str, ext: str) -> str:
    """"Referat 2026-12-03 Netværksgruppe Børn og Unge.docx": sorts by date in a folder."""
    return f"{word} {starts_at:%Y-%m-%d} {file_name_part(group_name)}.{ext}"


def minutes_document_url(base_url: str, minutes: Minutes, ext: str, now: datetime,
                         days: int = LINK_DAYS) -> str:
    """The referat's download link: it opens this referat only, and expires."""
    token = link_token("minutes", minutes.id, minutes.document_token, now, days)
    return f"{base_url.rstrip('/')}/minutes/{token}.{ext}"


def agenda_document_url(base_url: str, meeting: Meeting, ext: str, now: datetime,
                        days: int = LINK_DAYS) -> str:
    token = link_token("agenda", meeting.id, meeting.calendar_token, now, days)
    return f"{base_url.rstrip('/')}/agenda/{token}.{ext}"
