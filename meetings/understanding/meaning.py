"""What a message means: the intent, the language it was written in, and the parts the intent
needs; when the bot is unsure, the likeliest questions; when it is no command, what kind of
message it is."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Intent(enum.StrEnum):
    HELP = "help"
    NEXT_MEETING = "next_meeting"
    LIST_MEETINGS = "list_meetings"
    PLAN_MEETING = "plan_meeting"
    MOVE_MEETING = "move_meeting"
    CANCEL_MEETING = "cancel_meeting"
    UNDELIVERED = "undelivered"
    AGENDA = "agenda"
    ATTENDANCE = "attendance"
    SEND_REGRETS = "send_regrets"
    ATTEND = "attend"  # "jeg kommer", "count me in": the writer will come
    DEADLINE = "deadline"
    PROPOSE_ITEM = "propose_item"
    NOTHING_FROM_US = "nothing_from_us"
    REVIEW_ITEMS = "review_items"
    PUBLISH_AGENDA = "publish_agenda"
    SETTINGS = "settings"
    ADD_TASK = "add_task"
    MY_TASKS = "my_tasks"
    OPEN_TASKS = "open_tasks"
    TASKS_OF = "tasks_of"
    AWAY = "away"
    MINUTES = "minutes"
    CAPTURE = "capture"
    SEARCH = "search"
    YEAR_PLAN = "year_plan"
    THEME = "theme"
    ANNUAL_REPORT = "annual_report"
    IMPORT_MINUTES = "import_minutes"
    MEMBERS = "members"
    SET_ROLE = "set_role"
    MY_ORGANISATION = "my_organisation"
    MY_DATA = "my_data"
    ERASE_MY_DATA = "erase_my_data"
    ERASE_MEMBER_DATA = "erase_member_data"
    UNKNOWN = "unknown"


class SmallTalk(enum.StrEnum):
    """Messages that are no command, by the friendly answer they get."""

    THANKS = "thanks"  # "tak" → "Selv tak"
    GREETING = "greeting"
    GOODBYE = "goodbye"  # "god weekend"
    ACK = "ack"  # "ok", "👍"
    OTHER = "none"  # a sentence about something else


# What the classifier may answer on its own: questions, and sayings that only ask to confirm
# (regrets, coming) or open a form (a proposal). Planning, moving, cancelling, publishing, erasing
# and reassigning are never guessed: they need their command.
CLASSIFIED = frozenset({
    Intent.NEXT_MEETING, Intent.LIST_MEETINGS, Intent.AGENDA, Intent.ATTENDANCE,
    Intent.DEADLINE, Intent.MY_TASKS, Intent.OPEN_TASKS, Intent.TASKS_OF, Intent.THEME,
    Intent.SEARCH, Intent.HELP, Intent.ANNUAL_REPORT, Intent.YEAR_PLAN, Intent.MINUTES,
    Intent.SEND_REGRETS, Intent.ATTEND, Intent.PROPOSE_ITEM, Intent.MEMBERS, Intent.MY_DATA,
})

# What a date or a month in the message points at a meeting for: "afbud til mødet 19. februar".
AGENDA_CYCLE = frozenset({
    Intent.AGENDA, Intent.ATTENDANCE, Intent.DEADLINE, Intent.SEND_REGRETS, Intent.ATTEND,
    Intent.PROPOSE_ITEM, Intent.NOTHING_FROM_US, Intent.REVIEW_ITEMS, Intent.PUBLISH_AGENDA,
})

# PROPOSE_ITEM's selector when a sentence asked for an item: the form comes filled, nothing is
# proposed until it is sent.
PROPOSAL_FORM = "form"
# ADD_TASK's selector when a task line may have been a question ("opgave status?") and the
# classifier is not sure it was: the form comes filled with the title, nothing is stored.
TASK_FORM = "form"
# MY_TASKS' selector when a sentence asked to change one of them ("marker min opgave som
# færdig"): the list comes with a word on where the buttons are; nothing is changed.
TASK_CHANGE = "change"
# MINUTES' selector when the minute-taker says they are done ("referatet er færdigt"): the
# minutes come with a word on the button that posts them; nothing is posted on a sentence.
MINUTES_DONE = "done"
# UNKNOWN's selector when a sentence wishes a meeting planned ("vi skal mødes den 14. januar"):
# the argument is the sentence; the plan form is offered, filled with the day it names, and
# nothing is planned until it is sent.
PLAN_WISH = "plan"


@dataclass(frozen=True)
class Understood:
    """The intent of a message and the parts of it the intent needs.

    Two Understood are equal when intent, language, argument, selector and meeting are: the
    rest says how sure the bot is and what to offer, not what the message means."""

    intent: Intent
    language: str | None  # the language of the phrasing understood; None when none was
    argument: str = ""  # PLAN: the meeting line; MOVE: the new date, time and place;
    # PROPOSE_ITEM: the item line, or with PROPOSAL_FORM the subject a sentence named;
    # ADD_TASK: the task line (with any <at>…</at>); TASKS_OF: the person's name;
    # AWAY: the date, "" when the person is back; CAPTURE: the whole "#…" line as written;
    # SEARCH: what the minutes are searched for; YEAR_PLAN: the year (or "+1" for "næste år",
    # counted from the group's today: slots.year_asked), "" for the default; THEME: the
    # month, perhaps with a year, "" for the next meeting's; NEXT_MEETING: the same, when
    # the meeting is asked by its month ("hvornår er mødet i marts?"), or its week ("uge 1");
    # ANNUAL_REPORT: the year, "" for the default
    # (meetings.reports.annual_report.default_report_year)
    # SET_ROLE: the member's name; MY_ORGANISATION: the organisation as written
    selector: str = ""  # MOVE/CANCEL: "" or "næste"/"next" for the next meeting, or a date;
    # YEAR_PLAN: "planlæg"/"plan" when asked to plan the year, "" to see it;
    # PROPOSE_ITEM: PROPOSAL_FORM when a sentence asked for an item; SEARCH: the year searched
    # in, as YEAR_PLAN's argument (meetings.understanding.arguments.searched_year);
    # SET_ROLE: the role (a storage Role value)
    meeting: str = ""  # the agenda cycle's questions and commands (AGENDA_CYCLE) and the
    # minutes': the date or month the message names its meeting by ("19. februar", "marts"),
    # "" for the one meant
    alternatives: tuple[Intent, ...] = field(default=(), compare=False)
    # UNKNOWN: the likeliest questions, best first, when the bot is unsure what was asked;
    # a question answered: the others it came close to, offered beside the answer
    small_talk: SmallTalk | None = field(default=None, compare=False)
    # UNKNOWN: the kind of message that is no command, when it was judged to be one
    text_language: str | None = field(default=None, compare=False)
    # the language the whole text is written in; None when it is too short or mixed to tell
    said: str = field(default="", compare=False)
    # with alternatives: the message as written, for the question chosen to be read from
    learnt: bool = field(default=False, compare=False)
    # read as the chat taught it (meetings.understanding.learnt): the others offered beside
    # the answer are a choice that teaches it again

    @property
    def unsure(self) -> bool:
        return self.intent == Intent.UNKNOWN and bool(self.alternatives)

    @property
    def offers_others(self) -> bool:
        """Answered, with the questions it came close to offered beside the answer."""
        return self.intent != Intent.UNKNOWN and bool(self.alternatives)

    @property
    def reply_language(self) -> str | None:
        """The language to answer in: the command's, whose words name it ("item: Plejefamilier"
        is English), else the text's; None leaves it to the group's."""
        return self.language or self.text_language
