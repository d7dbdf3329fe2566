"""The annual report as a document: sections with paragraphs, tables and the attendance chart,
rendered as Word (python-docx) and as Markdown.

The referat's Sheet is one table; the report has a table per section and an image, so it has
its own small shape here. Markdown uses the same escaping as the other documents; it shows the
attendance as its table, the chart being in the Word file.
"""

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from docx.shared import Inches

from meetings.common.dates import document_dash, format_clock_span, format_long_date
from meetings.common.i18n import count_words
from meetings.documents.file_names import file_name_part
from meetings.documents.links import LINK_DAYS, year_link_token
from meetings.documents.markdown import escape
from meetings.documents.word import word_document
from meetings.groups.entities import Group
from meetings.reports.annual_report import AnnualReport, HeldMeeting, PlannedMeeting

# The document's fixed words, as meetings/minutes/referat.py keeps its LABELS.
LABELS = {
    "da": {"report": "Årsrapport", "purpose": "Formål", "representation": "Repræsentation",
           "meetings": "Afholdte møder", "attendance": "Fremmøde pr. organisation",
           "topics": "Behandlede emner", "attention": "Opmærksomhedspunkter til styregruppen",
           "contacts": "Kontaktpersoner", "next_year": "Planlagte møder og temaer",
           "organisation": "Organisation", "people": "Repræsentanter",
           "none": "Organisation ukendt",
           "date": "Dato", "theme": "Tema", "members": "Medlemmer",
           "substitutes": "Stedfortrædere", "guests": "Gæster", "taker": "Referent",
           "total": "I alt", "attended": "Møder deltaget", "of": "af", "time": "Tid",
           "place": "Sted", "online": "Online", "chair": "Formand", "secretary": "Sekretær",
           "minute_taker": "Referent", "practical": "Praktisk", "themes": "Temaer",
           "from_minutes": "Foreslået i referatet, endnu ikke planlagt:",
           "points_from_minutes": "Fra referaterne (➤ og punkter til styregruppen):",
           "all_held_at": "Alle møderne i {year} blev holdt: {place}.",
           "held_at": "Møderne i {year} blev holdt:",
           "not_written": "Ikke udfyldt endnu.", "no_meetings": "Ingen møder afholdt.",
           "no_topics": "Ingen emner registreret.", "not_planned": "Ingen møder planlagt endnu.",
           "no_minutes": "intet referat", "file": "Årsrapport",
           "attendance_unknown": "Fremmødet kendes ikke: der er ikke noget referat af møderne.",
           "no_attendance": "Der blev ikke holdt nogen møder i {year}, så der er intet "
                            "fremmøde at opgøre.",
           "not_counted_one": "{count} møde uden referat er ikke talt med.",
           "not_counted": "{count} møder uden referat er ikke talt med."},
    "en": {"report": "Annual report", "purpose": "Purpose", "representation": "Representation",
           "meetings": "Meetings held", "attendance": "Attendance by organisation",
           "topics": "Topics covered", "attention": "Points for the steering group's attention",
           "contacts": "Contacts", "next_year": "Planned meetings and themes",
           "organisation": "Organisation", "people": "Representatives",
           "none": "Organisation not known",
           "date": "Date", "theme": "Theme", "members": "Members", "substitutes": "Substitutes",
           "guests": "Guests", "taker": "Minute-taker", "total": "Total",
           "attended": "Meetings attended", "of": "of", "time": "Time", "place": "Place",
           "online": "Online", "chair": "Chair", "secretary": "Secretary",
           "minute_taker": "Minute-taker", "practical": "Practical", "themes": "Themes",
           "from_minutes": "Proposed in the minutes, not planned yet:",
           "points_from_minutes": "From the minutes (➤ and points for the steering group):",
           "all_held_at": "All meetings in {year} were held: {place}.",
           "held_at": "The meetings in {year} were held:",
           "not_written": "Not written yet.", "no_meetings": "No meetings held.",
           "no_topics": "No topics recorded.", "not_planned": "No meetings planned yet.",
           "no_minutes": "no minutes", "file": "Annual report",
           "attendance_unknown": "Attendance is not known: none of the meetings has minutes.",
           "no_attendance": "No meetings were held in {year}, so there is no attendance to "
                            "count.",
           "not_counted_one": "{count} meeting without minutes is not counted.",
           "not_counted": "{count} meetings without minutes are not counted."},
}
IMAGE_INCHES = 6.5  # the text width of a Word page, as the chart is drawn
SECTIONS = ("purpose", "representation", "meetings", "attendance", "practical", "topics",
            "attention", "contacts", "next_year", "themes")


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["da"])


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()  # the first row is the header
    image: bytes | None = None
    bullets: bool = False  # the paragraphs are a list
    lead: str | None = None  # a plain paragraph before a list


def report_heading(report: AnnualReport) -> str:
    return f"{labels(report.language)['report']} {report.year} – {report.group_name}"


def report_chart(report: AnnualReport) -> bytes | None:
    """The attendance chart, over the meetings with minutes; None when no meeting has them."""
    if not report.recorded:
        return None
    # matplotlib takes a second to import: only when a report is drawn, not at every start.
    from meetings.reports.chart import attendance_chart

    words = labels(report.language)
    return attendance_chart(report.attendance, report.recorded, words["attendance"],
                            f"{words['attended']} ({words['of']} {report.recorded})")


def report_sections(report: AnnualReport, chart: bytes | None = None) -> tuple[Section, ...]:
    words, language = labels(report.language), report.language
    return (
        Section(words["purpose"], (report.purpose or words["not_written"],)),
        Section(words["representation"], table=(
            (words["organisation"], words["people"]),
            *((o or words["none"], ", ".join(names)) for o, names in report.representation))),
        Section(words["meetings"], (_summary(report),) if report.meetings
                else (words["no_meetings"],),
                table=_meeting_table(report.meetings, words, language)
                if report.meetings else ()),
        _attendance(report, words, chart),
        _practical(report, words),
        Section(words["topics"], report.topics or (words["no_topics"],),
                bullets=bool(report.topics)),
        _attention(report, words),
        Section(words["contacts"], tuple(
            f"{words.get(c.role, c.role)}: "
            + ", ".join(part for part in (c.name, c.organisation, c.email) if part)
            for c in report.contacts)),
        _next_year(report, words, language),
        _themes(report, words),
    )


def _attendance(report: AnnualReport, words: dict[str, str], chart: bytes | None) -> Section:
    """Meetings attended per organisation, out of the meetings with minutes: a meeting without
    them says nothing of who came, and with none at all attendance is not known, not 0; a year
    without meetings says so once, not 0 of 0 per organisation."""
    if not report.meetings:
        return Section(words["attendance"], (words["no_attendance"].format(year=report.year),))
    if not report.recorded:
        return Section(words["attendance"], (words["attendance_unknown"],))
    missing = len(report.meetings) - report.recorded
    note = words["not_counted_one" if missing == 1 else "not_counted"].format(count=missing)
    return Section(words["attendance"], (note,) if missing else (), table=(
        (words["organisation"], f"{words['attended']} ({words['of']} {report.recorded})"),
        *((name, str(count)) for name, count in report.attendance)), image=chart)


def _themes(report: AnnualReport, words: dict[str, str]) -> Section:
    """Next year's themes as the minutes list them, else as the planned meetings carry them."""
    themes = report.themes_next_year or tuple(dict.fromkeys(
        meeting.theme for meeting in report.next_year if meeting.theme))
    return Section(f"{words['themes']} {report.year + 1}", themes or (words["not_written"],),
                   bullets=bool(themes))


def _practical(report: AnnualReport, words: dict[str, str]) -> Section:
    """Where the meetings were held, as the group's own report says it ("Alle møderne …")."""
    if not report.meetings:
        return Section(words["practical"], (words["no_meetings"],))
    named = [(place or words["online"], count) for place, count in report.places]
    if len(named) == 1 and named[0][1] == len(report.meetings):  # "Alle" only when it is all
        return Section(words["practical"], (words["all_held_at"].format(
            year=report.year, place=named[0][0]),))
    return Section(words["practical"], tuple(f"{place} ({count})" for place, count in named),
                   bullets=bool(named), lead=words["held_at"].format(year=report.year)
                   if named else None)


def _attention(report: AnnualReport, words: dict[str, str]) -> Section:
    """The secretary's text when written, else the points the minutes mark for the steering
    group — the secretary edits them into the text."""
    if report.attention or not report.steering_points:
        return Section(words["attention"], (report.attention or words["not_written"],))
    return Section(words["attention"], report.steering_points, bullets=True,
                   lead=words["points_from_minutes"])


def _next_year(report: AnnualReport, words: dict[str, str], language: str) -> Section:
    heading = f"{words['next_year']} {report.year + 1}"
    if report.next_year:
        return Section(heading, table=_plan_table(report.next_year, words, language))
    if report.dates_in_minutes:
        return Section(heading, report.dates_in_minutes, bullets=True,
                       lead=words["from_minutes"])
    return Section(heading, (words["not_planned"],))


def _summary(report: AnnualReport) -> str:
    """"1 møde med i alt 6 deltagere (…)": the counts from the catalog, in their plural forms."""
    ngettext = count_words(report.language)
    held = ngettext("%(count)s meeting", "%(count)s meetings", len(report.meetings))
    people = ngettext("%(count)s different person in all", "%(count)s different people in all",
                      report.people)
    return ngettext("%(held)s with %(count)s participant (members, substitutes, guests and "
                    "minute-taker), %(people)s.",
                    "%(held)s with %(count)s participants (members, substitutes, guests and "
                    "minute-taker), %(people)s.", report.participants, held=held, people=people)


def _meeting_table(meetings: tuple[HeldMeeting, ...], words: dict[str, str],
                   language: str) -> tuple[tuple[str, ...], ...]:
    head = (words["date"], words["theme"], words["members"], words["substitutes"],
            words["guests"], words["taker"], words["total"])
    rows = [(format_long_date(m.starts_at.date(), language), m.theme or "",
             *((str(m.members), str(m.substitutes), str(m.guests), str(m.minute_taker),
                str(m.participants)) if m.recorded else ("–",) * 4 + (words["no_minutes"],)))
            for m in meetings]
    return (head, *rows)


def _plan_table(meetings: tuple[PlannedMeeting, ...], words: dict[str, str],
                language: str) -> tuple[tuple[str, ...], ...]:
    head = (words["date"], words["time"], words["place"], words["theme"])
    rows = [(format_long_date(m.starts_at.date(), language),
             format_clock_span(m.starts_at.time(), m.ends_at.time(), language,
                               document_dash(language)),
             m.place or (words["online"] if m.online else ""), m.theme or "")
            for m in meetings]
    return (head, *rows)


def report_docx(report: AnnualReport, made: datetime) -> bytes:
    """The Word file with every section and the chart under the attendance table."""
    document = word_document(report_heading(report), report.group_name, report.language, made)
    document.add_heading(report_heading(report), level=1)
    for section in report_sections(report, report_chart(report)):
        document.add_heading(section.heading, level=2)
        if section.lead:
            document.add_paragraph(section.lead)
        for paragraph in section.paragraphs:
            document.add_paragraph(paragraph, style="List Bullet" if section.bullets else None)
        if section.table:
            _add_table(document, section.table)
        if section.image:
            document.add_picture(BytesIO(section.image), width=Inches(IMAGE_INCHES))
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _add_table(document, rows: tuple[tuple[str, ...], ...]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for number, row in enumerate(rows):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.paragraphs[0].add_run(text).bold = number == 0


def report_markdown(report: AnnualReport) -> str:
    parts = [f"# {escape(report_heading(report))}"]
    for section in report_sections(report):
        parts.append(f"## {escape(section.heading)}")
        if section.lead:
            parts.append(escape(section.lead))
        if section.bullets:
            parts.append("\n".join(f"- {escape(p)}" for p in section.paragraphs))
        else:
            parts.extend(escape(p) for p in section.paragraphs)
        if section.table:
            parts.append(_markdown_table(section.table))
    return "\n\n".join(parts) + "\n"


def _markdown_table(rows: tuple[tuple[str, ...], ...]) -> str:
    def line(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(cell) or " " for cell in row) + " |"

    return "\n".join([line(rows[0]), "| " + " | ".join("---" for _ in rows[0]) + " |",
                      *(line(row) for row in rows[1:])])


def report_filename(report: AnnualReport, ext: str) -> str:
    """"Årsrapport 2026 Netværksgruppe Børn og Unge.docx": sorts by year in a folder."""
    safe = file_name_part(report.group_name)
    return f"{labels(report.language)['file']} {report.year} {safe}.{ext}"


def report_document_url(base_url: str, group: Group, year: int, ext: str, now: datetime,
                        days: int = LINK_DAYS) -> str:
    """The download link: it opens this group's report of this year only, and expires.
    Signed with the group's own secret, so handing it out writes nothing."""
    token = year_link_token("report", group.id, year, group.report_token, now, days)
    return f"{base_url.rstrip('/')}/report/{token}.{ext}"

