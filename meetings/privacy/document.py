"""The person's export as a readable Word file: one row per stored row, its fields below."""

from datetime import datetime

from meetings.common.i18n import N_, translations
from meetings.documents.sheet import Row, Sheet

TABLES = {
    "groups": N_("Group"), "members": N_("Membership"),
    "attendance": N_("Reply to a meeting invitation"),
    "input_responses": N_("Answer to a call for items"),
    "minutes_presence": N_("Attendance in minutes"),
    "agenda_items": N_("Item you proposed or present"),
    "tasks": N_("Task"), "task_notes": N_("Task history"),
    "minutes_events": N_("Approval or comment on minutes"), "minutes": N_("Minute-taker"),
    "outbox": N_("Message to you"), "conversation_addresses": N_("Your chat with the bot"),
    "meetings": N_("Meeting you planned"), "annual_texts": N_("Annual report texts"),
    "group_settings": N_("Agenda settings"), "chase_settings": N_("Task reminder settings"),
    "role_changes": N_("Role change"), "learnt_phrasings": N_("Phrasing you taught the bot"),
    "pending_imports": N_("Minutes sent for import"),
}


def export_filename(ext: str, made: datetime) -> str:
    return f"Mødebot {made:%Y-%m-%d}.{ext}"


def export_sheet(export: dict) -> Sheet:
    language = export["language"]
    _ = translations(language).gettext
    person = export["person"]
    rows = tuple(Row(f"{_(TABLES.get(table, table))} {row.get('id', '')}".strip(),
                     tuple(f"{key}: {value}" for key, value in row.items()
                           if value not in (None, "", [], {})))
                 for table, found in export["stored"].items() for row in found)
    lines = (_("Everything Mødebot stores about %(name)s, in every group, on %(day)s.")
             % {"name": person["name"] or person["teams_id"], "day": export["made_at"][:10]},
             _("Approved minutes are public records under the Danish Archives Act (arkivloven) "
               "and keep the names they were approved with."))
    return Sheet(heading=_("What Mødebot knows about you"), lines=lines,
                 columns=(_("Stored as"), _("Content")), rows=rows, author="Mødebot",
                 language=language)
