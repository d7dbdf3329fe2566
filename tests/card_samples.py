"""Sample data for every card template: realistic values, and user text at its most hostile
(Markdown, a mention, a card function, a quote), shared by the card tests."""

QUESTION = "Gx3Z-0qkW4sYt1rUoL9aPw"  # the token of one question card, as minted
HOSTILE = "[klik](https://x) <at>Rie</at> {{DATE(2027-01-01T00:00:00Z)}} ${x} \"quote\" \\"

MEETING = {
    "id": 7, "title": "Netværksgruppe Børn og Unge", "theme": "Psykiatrien",
    "when": "fredag den 9. februar 2029 kl. 10.00–13.00", "place": "Hækkerupsvej 1, Ringsted",
    "online": True, "online_url": None, "cancelled": False,
    "calendar_url": "http://127.0.0.1:3978/calendar/token.ics",
}
ENTRY = {"number": 3, "title": "Plejefamilier – rekruttering", "slot": "10.20–10.40",
         "kind": "Drøftelse", "presenter": "Lotte", "guests": "Heidi Madsen (Bakkehuset)",
         "carried_over": True, "item_id": 4, "tasks": ["Rie Nielsen – " + HOSTILE],
         "links": [{"title": "Bilag 1", "url": "https://example.dk/bilag.pdf"}]}
TASK = {"id": 7, "version": 2, "title": HOSTILE, "owner": "Rie Nielsen",
        "due": "fredag den 4. december 2026", "due_iso": "2026-12-04", "min_date": "2026-11-25",
        "status": "open", "status_text": "Åben", "line": "Frist om 2 arbejdsdage",
        "color": "Default", "blocked_reason": None, "origin": HOSTILE,
        "finished": False, "can_reassign": True, "can_change": True, "can_cancel": True,
        "unconfirmed": True, "can_confirm": True,
        "members": [{"id": 3, "name": "Rie Nielsen"}, {"id": 4, "name": HOSTILE}]}
BLOCKED_TASK = {**TASK, "id": 8, "status": "blocked", "blocked_reason": HOSTILE,
                "can_reassign": False, "members": []}
DONE_TASK = {**TASK, "id": 9, "status": "done", "finished": True, "can_reassign": False,
             "can_cancel": False}
DIGEST_DATA = {"tasks": [7, 8, 9], "stages": {"7": "before", "8": "due", "9": "overdue"}}
FORM_VALUES = {"date": "2029-02-09", "start": "10:00", "end": "13:00", "place": "",
               "online": False, "theme": ""}

MINUTES = {"id": 5, "version": 2, "status": "posted",
           "status_text": "Til godkendelse, frist fredag den 12. februar 2027"}
MINUTES_ENTRY = {"id": 11, "number": 3, "title": HOSTILE, "notes": HOSTILE, "decision": HOSTILE,
                 "guests": "Heidi Madsen (Bakkehuset)", "seen": "0123456789abcdef"}
LINKS = {"docx": "http://127.0.0.1:3978/minutes/token.docx",
         "md": "http://127.0.0.1:3978/minutes/token.md"}
MINUTES_OVERVIEW = {
    "heading_text": "Referat", "notice": "Sendt til godkendelse", "meeting": MEETING,
    "minutes": MINUTES, "minute_taker": "Rie Nielsen (Holbæk)",
    "presence": "12 til stede · 3 fraværende · 1 stedfortræder", "approvals": HOSTILE,
    "substitutes": [HOSTILE, "Jens Holm (Roskilde, stedfortræder for Christel Jørgensen)"],
    "entries": [{"id": 11, "number": 3, "title": HOSTILE, "summary": "Beslutning: " + HOSTILE},
                {"id": 12, "number": 4, "title": "Eventuelt", "summary": "Intet noteret"}],
    "choices": [{"id": 11, "title": "3. " + HOSTILE}, {"id": 12, "title": "4. Eventuelt"}],
    "left_out": "Beslutninger og noter er udeladt: " + HOSTILE, "more": "… og 3 punkter mere.",
    "comments": [{"id": 3, "text": "Rie Nielsen om pkt. 3: " + HOSTILE, "can_resolve": True},
                 {"id": 4, "text": "Daniel Gottrup: ok", "can_resolve": False}],
    "links": LINKS, "can_edit": True, "can_post": True, "can_manage": True,
    "can_approve": True, "can_comment": True, "shared": False}

# Who came, on the minutes: present, a substitute named, one not marked.
PRESENCE_ROWS = [
    {"id": 3, "name": "Rie Nielsen", "status": "present", "substitute_name": ""},
    {"id": 4, "name": HOSTILE, "status": "substitute", "substitute_name": HOSTILE},
    {"id": 5, "name": "Daniel Gottrup", "status": "", "substitute_name": ""},
]

# Roles and members: the members card, for the chair (editable) and for a member.
MEMBER_ROWS = [
    {"id": 3, "name": "Rie Nielsen", "role": "secretary", "organisation": "Holbæk Kommune",
     "active": True, "line": "Sekretær · Holbæk Kommune"},
    {"id": 4, "name": HOSTILE, "role": "member", "organisation": HOSTILE, "active": True,
     "line": HOSTILE},
    {"id": 5, "name": "Bodil Pedersen", "role": "member", "organisation": None,
     "active": False, "line": "Har forladt gruppen"},
]
MEMBER_ROLES = [{"value": "chair", "title": "Formand"}, {"value": "member", "title": "Medlem"}]
MEMBERS_CARD = {"members": MEMBER_ROWS, "roles": MEMBER_ROLES, "editable": True,
                "page": 1, "previous": True, "more": True, "retention_months": 12,
                "was": {"3": {"role": "secretary", "organisation": "Holbæk Kommune"},
                        "4": {"role": "member", "organisation": HOSTILE}},
                "notice": "Gemt.", "error": HOSTILE}

SAMPLES = {
    "members": MEMBERS_CARD,
    "annual_report": {
        "heading_text": "Årsrapport 2026", "group_name": HOSTILE, "notice": "Gemt.",
        "year": 2026, "summary": "4 møder afholdt, 24 deltagere i alt.", "purpose": HOSTILE,
        "attention": None, "topics": [HOSTILE, "Psykiatrien"], "can_edit": True,
        "meetings": [{"when": "7. mar. 2026", "theme": HOSTILE,
                      "line": "8 deltagere: 4 medlemmer, 1 stedfortræder"},
                     {"when": "6. jun. 2026", "theme": None, "line": "intet referat"}],
        "attendance": [{"name": HOSTILE, "count": "4 af 4 møder"}],
        "attendance_note": "1 møde uden referat er ikke talt med.",
        "next_year": [{"when": "5. feb. 2027", "theme": HOSTILE}], "links": LINKS,
        "dates_in_minutes": [HOSTILE], "themes_next_year": [HOSTILE, "Barnets lov"]},
    "annual_texts": {"year": 2026, "error": "Fejl", "max_length": 4000,
                     "values": {"purpose": HOSTILE, "attention": ""}},
    "help": {"themes": [{"title": "Møder", "commands": [
        {"says": "hjælp", "does": "Et kort med det, jeg kan", "who": None},
        {"says": HOSTILE, "does": "Flytter mødet", "who": "kun formanden og sekretæren"}]}],
             "questions": [{"title": "Hvornår er næste møde?", "intent": "next_meeting"},
                           {"title": "Mine opgaver", "intent": "my_tasks"}], "plans": True},
    "questions": {"heading_text": "Mente du …?", "text": "Tekst", "said": HOSTILE, "learn": True,
                  "questions": [{"title": "Næste møde", "intent": "next_meeting"},
                                {"title": "Kommende møder", "intent": "list_meetings"}],
                  "plan": {"date": "2027-01-14", "start": "10:00", "end": "13:00"}},
    "regrets_confirm": {"meeting": MEETING},
    "group_choice": {"heading_text": "Hvilken gruppe er det til?", "text": HOSTILE,
                     "verb": "group.chosen",
                     "data": {"intent": "propose_item", "argument": HOSTILE},
                     "groups": [{"id": 3, "name": HOSTILE}, {"id": 4, "name": "Styregruppen"},
                                {"id": None, "name": "Alle"}]},
    "attend_confirm": {"meeting": MEETING},
    "erase_confirm": {"member": {"id": 4, "name": HOSTILE}},
    "meeting": {"heading_text": "Mødet er flyttet", "meeting": MEETING, "notice": "Flyttet",
                "changes": ["Flyttet fra fredag den 9. februar 2029 kl. 10.00–13.00 til fredag "
                            "den 16. februar 2029 kl. 10.00–13.00.",
                            "Nyt sted: " + HOSTILE + " (før: Hækkerupsvej 1, Ringsted)."],
                "cycle": [{"title": "Indkaldelse af punkter",
                           "value": "fredag den 26. januar 2029 kl. 9.00"},
                          {"title": "Påmindelse om tilmelding",
                           "value": "Springes over: tidspunktet er passeret"}]},
    "meeting_list": {"heading_text": "Kommende møder",
                     "meetings": [MEETING, {**MEETING, "id": 8, "place": None, "theme": None}],
                     "example": "nyt møde fredag 9. februar 2029 kl. 10-13"},
    "group_answers": {"heading_text": "Næste møde", "omitted": HOSTILE, "groups": [
        {"name": HOSTILE, "text": "", "body": [{"type": "TextBlock", "text": "x", "wrap": True}],
         "actions": [{"type": "Action.OpenUrl", "title": "Kalender", "url": "https://x.dk"}]},
        {"name": "Styregruppen", "text": HOSTILE, "body": [], "actions": []}]},
    "meeting_form": {"meeting_id": None, "values": FORM_VALUES, "error": "Fejl",
                     "min_date": "2026-11-25"},
    "confirm_cancel": {"meeting": MEETING},
    "agenda": {"heading_text": "Dagsorden", "meeting": MEETING, "answer": "Du deltager.",
               "document_url": "http://127.0.0.1:3978/agenda/token.docx",
               "overrun": "Punkterne varer 10 minutter for længe.",
               "entries": [ENTRY, {**ENTRY, "number": 4, "links": [], "presenter": None,
                                   "guests": None, "carried_over": False}]},
    "agenda_call": {"meeting": MEETING, "deadline": "fredag den 15. januar 2027 kl. 12.00",
                    "lead": None},
    "agenda_prompt": {"meeting": MEETING, "text": "Tekst", "buttons": "attendance"},
    "item_form": {"meeting": MEETING, "error": "Fejl", "values": {
        "title": HOSTILE, "kind": "beslutning", "description": "", "recommendation": "",
        "presenter": "", "guests": "", "minutes": 20, "link_url": "", "link_title": ""},
        "item_id": 9},
    "agenda_review": {"meeting": MEETING, "notice": "Godkendt",
                      "proposed": [{"id": 4, "title": HOSTILE, "kind": "Drøftelse",
                                    "minutes": 20, "presenter": "Lotte", "proposer": HOSTILE,
                                    "description": HOSTILE, "recommendation": HOSTILE}],
                      "accepted": [{"id": 5, "title": "A", "up": True, "down": True},
                                   {"id": 6, "title": "B", "up": True, "down": True},
                                   {"id": 7, "title": "C", "up": True, "down": False}],
                      "page": {"first": 3, "last": 6, "count": 6, "earlier": 0, "later": None},
                      "published": True},
    "agenda_settings": {"error": "Fejl", "notice": "Gemt", "values": {
        "call_days": 21, "deadline_days": 10, "deadline_time": "12:00", "publish_days": 7,
        "item_minutes": 20},
        "standing": [{"title": HOSTILE, "minutes": 10, "kind": "orientering", "position": "start"},
                     {"title": "", "minutes": None, "kind": "orientering", "position": "end"}]},
    "attendance": {"meeting": MEETING, "summary": "2 kommer, 1 afbud, 3 har ikke svaret.",
                   "organisations": [{"name": "Holbæk Kommune",
                                      "people": ["Rie Nielsen: deltager", HOSTILE]}],
                   "answers": [HOSTILE]},
    "notice": {"heading_text": "Bemærk", "text": "Tekst"},
    "help_offer": {"text": HOSTILE},
    "agenda_notice": {"meeting": MEETING, "note": HOSTILE},
    "item_decision": {"heading_text": "Dit punkt er ikke på dagsordenen", "title": HOSTILE,
                      "text": "Formanden og sekretæren satte det ikke på dagsordenen.",
                      "reason": HOSTILE},
    "task": {"heading_text": "Opgave", "notice": "Allerede ændret", "task": TASK,
             "history": ["25. nov. 2026 kl. 10.00 · Rie Nielsen: " + HOSTILE], "extra": {}},
    "task_list": {"heading_text": "Åbne opgaver", "empty_text": "Ingen", "more": "og 3 mere",
                  "openable": True,
                  "listed": {"list": "of", "who": HOSTILE}, "notice": "Markeret som færdig.",
                  "changed": [{**DONE_TASK, "expanded": True, "id": 11}],
                  "sections": [{"title": "Rie Nielsen",
                                "tasks": [{**TASK, "expanded": True},
                                          {**BLOCKED_TASK, "expanded": False}]},
                               {"title": None, "tasks": [{**DONE_TASK, "expanded": False}]}]},
    "task_reminders": {"notice": "Gemt", "tasks": [{**t, "extra": DIGEST_DATA} for t in
                                                   (TASK, BLOCKED_TASK, DONE_TASK)],
                       "escalated": [{**TASK, "id": 10, "extra": DIGEST_DATA}],
                       "more": "og 2 mere", "today": "2026-11-25", "card_data": {"group_id": 2}},
    "task_form": {"error": "Fejl", "min_date": "2026-11-25", "extra": {"meeting_id": 3},
                  "heading_text": f"Ny opgave i {HOSTILE}",
                  "members": [{"id": 3, "name": "Rie Nielsen"}, {"id": 4, "name": HOSTILE}],
                  "values": {"title": HOSTILE, "owner_id": "3", "owner_name": "",
                             "due": "2026-12-04"}},
    "task_owner": {"draft": {"title": HOSTILE, "due": "2026-12-04", "question": QUESTION},
                   "unknown": None,
                   "members": [],
                   "candidates": [{"id": 3, "name": "Rie Nielsen"}, {"id": 5, "name": "Rie Holm"}]},
    "chase_settings": {"error": "Fejl", "notice": "Gemt", "values": {
        "due_days_before_meeting": 5, "remind_days_before_due": 2, "overdue_days": "2, 5, 10",
        "escalate_days": 15, "meeting_days_before": 5, "work_start": "09:00",
        "work_end": "16:00"}},
    "undelivered": {"messages": [{"what": "Mødepåmindelse · fredag · opgivet", "to": HOSTILE,
                                  "why": "Personen har blokeret botten."}]},
    "minutes": MINUTES_OVERVIEW,
    "import_report": {"heading_text": "Referat importeret", "summary": "Mødet 29. september",
                      "tasks": [HOSTILE], "new_members": [HOSTILE], "problems": [HOSTILE],
                      "more": "… og 3 til."},
    "minutes_entry": {"heading_text": "Referat", "notice": "Gemt", "error": "Fejl",
                      "meeting": MEETING, "minutes": MINUTES, "entry": MINUTES_ENTRY,
                      "can_edit": True, "can_comment": True,
                      "tasks": ["Rie Nielsen – " + HOSTILE + " · frist 4. dec. 2026"],
                      "members": [{"id": 3, "name": "Rie Nielsen"}, {"id": 4, "name": HOSTILE}],
                      "task_values": {"title": "", "owner_id": "3", "owner_name": "",
                                      "due": "2026-12-04"}, "min_date": "2026-11-25",
                      "kept": HOSTILE},
    "minutes_presence": {"notice": "Gemt", "error": "Fejl", "meeting": MEETING,
                         "minutes": MINUTES, "taker": {"id": "3", "name": ""},
                         "members": PRESENCE_ROWS, "takers": PRESENCE_ROWS,
                         "page": {"first": 2, "last": 5, "count": 40, "earlier": 0,
                                  "later": 5}},
    "minutes_owner": {"draft": {"title": HOSTILE, "due": "2026-12-04", "entry_id": 11,
                                "question": QUESTION}, "unknown": None, "members": [],
                      "candidates": [{"id": 3, "name": "Rie Nielsen"},
                                     {"id": 5, "name": "Rie Holm"}]},
    "minutes_approved": {"meeting": MEETING, "links": LINKS,
                         "text": "Ingen indsigelser inden fristen: referatet er godkendt."},
    "search_results": {"query": HOSTILE, "year": 2026, "hits": [
        {"entry_id": 11, "when": "fredag den 5. februar 2027", "field": "Beslutning",
         "item": "3. " + HOSTILE, "snippet": "… " + HOSTILE + " …"}]},
    "year_plan_form": {"year": 2027, "error": "Fejl", "min_date": "2026-11-25",
                       "save_data": {"year": 2027, "rows": 2, "meeting_0": 7}, "rows": [
        {"number": 1, "date": "2027-02-12", "start": "10:00", "end": "13:00", "place": HOSTILE,
         "online": False, "theme": HOSTILE, "error": "Datoen findes ikke."},
        {"number": 2, "date": "", "start": "10:00", "end": "13:00", "place": "", "online": True,
         "theme": "", "error": None}]},
    "year_plan": {"year": 2027, "notice": "4 møder planlagt.", "can_plan": True,
                  "more": "… og 3 mere.", "months": [
        {"name": "Februar", "meetings": [
            {"id": 7, "date": "fredag den 12. februar 2027", "time": "10.00–13.00",
             "place": HOSTILE, "theme": HOSTILE, "held": False},
            {"id": 8, "date": "fredag den 26. februar 2027", "time": "10.00–13.00",
             "place": None, "theme": None, "held": True}]}]},
    # The preview of minutes read from a file or a paste (Teams import), before anything is
    # written: facts, sections of lines with details, what could not be placed, a group choice.
    "import_preview": {
        "heading_text": "Forhåndsvisning", "source": "referat.docx (Word)",
        "facts": [{"label": "Møde", "value": "fredag den 29. september 2023 10.00–13.00"},
                  {"label": "Sted", "value": HOSTILE}],
        "sections": [{"title": "2 til stede", "more": "… og 3 mere.", "lines": [
            {"text": "Rie Nielsen (Roskilde Kommune)", "details": []},
            {"text": "1. " + HOSTILE, "details": ["Beslutning: " + HOSTILE,
                                                  "Opgave: Rie Nielsen – " + HOSTILE]}]}],
        "problems": {"title": "Kunne ikke placeres", "more": "", "lines": [
            {"text": "Linje 3: " + HOSTILE, "details": []}]},
        "token": "tok_" + "x" * 28, "choices": [{"id": "7", "name": HOSTILE},
                                                 {"id": "8", "name": "Styregruppen"}]},
    # A group left without a chair or a secretary: the offer to take over.
    "take_over": {"heading_text": "Gruppen mangler en sekretær", "text": HOSTILE,
                  "taken": False},
}

# The import preview's fixes for what the reader was unsure of (minute-taker, date and time,
# place, lines nothing read), and the import answer's ticks for the roles and meetings the
# minutes propose.
SAMPLES["import_preview"] = {**SAMPLES["import_preview"], "fixes": {
    "taker": {"label": "Referent", "value": "0", "choices": [
        {"title": HOSTILE, "value": "0"}, {"title": "Ingen nævnt", "value": "none"}]},
    "time": {"day": "2023-09-29", "starts": "10:00", "ends": "13:00"}, "place": True,
    "lines": [{"id": "fix_line_3", "text": "Linje 3: " + HOSTILE}],
    "lines_more": "… og 2 mere.", "last_item": 7}}
SAMPLES["import_report"] = {**SAMPLES["import_report"], "offered": {
    "roles": [{"id": "role_3", "name": HOSTILE, "role": "formand", "title": HOSTILE}],
    "meetings": [{"id": "plan_0", "when": HOSTILE}],
    "data": {"roles": {"3": HOSTILE}, "plans": ["2024-03-15T09:00/12:00"]}}}

# Variants of a template that the gallery shows beside its sample (tests.gallery.album): a
# year's meetings (its heading, and the words for a year without any) and a digest of tasks
# of several groups, each task's line opening with its group's name.
VARIANTS = {
    "meeting_list-year": ("meeting_list", {**SAMPLES["meeting_list"], "year": 2030,
                                           "heading_text": "Møder i 2030", "meetings": []}),
    "task_reminders-groups": ("task_reminders", {**SAMPLES["task_reminders"], "tasks": [
        {**task, "extra": DIGEST_DATA, "line": f"{group} · Frist om 2 arbejdsdage"}
        for task, group in ((TASK, HOSTILE), (BLOCKED_TASK, "Styregruppen"))]}),
}

# The meeting card as a group's chat or channel gets it: no Move and Cancel; the clients of the
# chair and the secretary refresh it to their own view, which has them.
GROUP_MEETING = {**SAMPLES["meeting"], "buttons": False, "refresh": {
    "verb": "meeting.view", "user_ids": [f"29:1leader-{n}" for n in range(60)],
    "data": {"meeting_id": 7, "heading": HOSTILE, "cycle": True}}}
