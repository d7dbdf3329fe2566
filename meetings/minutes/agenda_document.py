"""The agenda as a document: numbered items with their time slots, kind, presenter, guests,
description and recommendation (indstilling), laid out like the referat."""

from collections.abc import Iterable
from dataclasses import dataclass

from meetings.agenda.agenda import Agenda, AgendaEntry
from meetings.documents.sheet import Row, Sheet
from meetings.minutes.referat import document_filename, heading, labels


@dataclass(frozen=True)
class AgendaDocument:
    group_name: str
    language: str
    address: str | None
    agenda: Agenda


def agenda_sheet(document: AgendaDocument) -> Sheet:
    words, agenda = labels(document.language), document.agenda
    return Sheet(
        heading=heading(words["agenda"], document.group_name, agenda.starts_at, agenda.ends_at,
                        document.language),
        lines=(f"{words['address']}: {document.address}",) if document.address else (),
        columns=(words["item"], words["content"]),
        rows=tuple(Row(f"{entry.number}. {entry.title}",
                       tuple(_paragraphs(entry, document.language)))
                   for entry in agenda.entries),
        author=document.group_name, language=document.language)


def agenda_filename(document: AgendaDocument, ext: str) -> str:
    return document_filename(labels(document.language)["file_agenda"],
                             document.agenda.starts_at, document.group_name, ext)


def _paragraphs(entry: AgendaEntry, language: str) -> Iterable[str]:
    words = labels(language)
    sep = "." if language == "da" else ":"
    slot = (f"{words['at']} {entry.starts_at:%H}{sep}{entry.starts_at:%M}-"
            f"{entry.ends_at:%H}{sep}{entry.ends_at:%M}")
    facts = [slot, words.get(entry.kind, entry.kind)]
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
