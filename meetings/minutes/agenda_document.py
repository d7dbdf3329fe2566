"""The agenda as a document: where (and whether in Teams), the theme, numbered items with their
time slots, kind (and "udskudt"), presenter, guests, description and recommendation
(indstilling), and the tasks to follow up, laid out like the referat; it says what the card
says."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from meetings.agenda.agenda import Agenda, AgendaEntry
from meetings.common.dates import format_long_date
from meetings.common.i18n import translations
from meetings.documents.sheet import Row, Sheet
from meetings.minutes.referat import document_filename, heading, labels, time_span
from meetings.tasks.sentence_subject import task_with_owner
from meetings.tasks.shown import is_follow_up
from meetings.tasks.vocabulary import UNFINISHED


@dataclass(frozen=True)
class FollowedTask:
    """A task "Opfølgning på opgaver" follows up: whose, what, how it stands."""

    owner: str
    title: str
    status: str
    due_on: date
    due_by_import: bool = False  # the importer chose due_on: the minutes set no deadline


@dataclass(frozen=True)
class AgendaDocument:
    group_name: str
    language: str
    address: str | None
    agenda: Agenda
    theme: str | None = None
    follow_up: tuple[FollowedTask, ...] = ()  # listed under the standing item that follows up


def agenda_sheet(document: AgendaDocument) -> Sheet:
    words, agenda = labels(document.language), document.agenda
    lines = ((f"{words['address']}: {document.address}",) if document.address else ()) \
        + ((f"{words['theme']}: {document.theme}",) if document.theme else ())
    return Sheet(
        heading=heading(words["agenda"], document.group_name, agenda.starts_at, agenda.ends_at,
                        document.language),
        lines=lines,
        columns=(words["item"], words["content"]),
        rows=tuple(Row(f"{entry.number}. {entry.title}", (
            *_paragraphs(entry, document.language),
            *(_task_lines(document) if entry.standing and is_follow_up(entry.title) else ())))
            for entry in agenda.entries),
        author=document.group_name, language=document.language)


def agenda_filename(document: AgendaDocument, ext: str) -> str:
    return document_filename(labels(document.language)["file_agenda"],
                             document.agenda.starts_at, document.group_name, ext)


def _paragraphs(entry: AgendaEntry, language: str) -> Iterable[str]:
    words = labels(language)
    slot = f"{words['at']} {time_span(entry.starts_at, entry.ends_at, language)}"
    facts = [slot, words.get(entry.kind, entry.kind)]
    if entry.carried_over:
        facts[-1] += f" · {words['deferred']}"
    if entry.presenter:
        facts.append(f"{words['presenter']}: {entry.presenter}")
    yield " · ".join(facts)
    if entry.guests:
        yield f"{words['guests_item']}: {entry.guests}"
    if entry.description:
        yield entry.description
    if entry.recommendation:
        yield f"{words['recommendation']}: {entry.recommendation}"
    for link in entry.links:
        yield f"{link.title}: {link.url}"


def _task_lines(document: AgendaDocument) -> Iterable[str]:
    """"Rie Nielsen – Ringe til … · Åben, frist 1. marts 2027", as the card has them: a due
    date the import chose says so ("…, sat af importen"), as the group chases it."""
    words, language = labels(document.language), document.language
    _ = translations(language).gettext
    for task in document.follow_up:
        state = words.get(task.status, task.status)
        due = format_long_date(task.due_on, language)
        if task.status in UNFINISHED and task.due_by_import:
            state = _("%(status)s, due %(date)s, set by the import") % {"status": state,
                                                                        "date": due}
        elif task.status in UNFINISHED:
            state += f", {words['due']} {due}"
        yield f"{task_with_owner(task.owner, task.title)} · {state}"
