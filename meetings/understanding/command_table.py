"""Every command the bot understands, once: how it is written in Danish and in English, what it
does and who may use it. The help card is drawn from this table, and tests hold the README's
command tables and meetings.understanding.intents to it."""

from dataclasses import dataclass

from meetings.common.i18n import N_
from meetings.understanding.intents import Intent

MEETINGS, AGENDA, TASKS, MINUTES, YEAR = "meetings", "agenda", "tasks", "minutes", "year"
MEMBERS = "members"
PRIVACY = "privacy"
THEMES = {MEETINGS: N_("Meetings"), AGENDA: N_("Agenda"), TASKS: N_("Tasks"),
          MINUTES: N_("Meeting minutes"), YEAR: N_("The year"),
          MEMBERS: N_("Roles and members"), PRIVACY: N_("Your data")}
ANYONE, MANAGERS, WRITERS = "anyone", "managers", "writers"
WHO = {MANAGERS: N_("only the chair and the secretary"),
       WRITERS: N_("only the chair, the secretary and the minute-taker")}
# Lines with a date that the help card writes from today, so the example still works next year.
PLAN_LINE, MOVE_LINE, TASK_LINE = "plan", "move", "task"


@dataclass(frozen=True)
class Command:
    intent: Intent
    theme: str
    da: tuple[str, ...]  # as the README writes them; the help card shows them all
    en: tuple[str, ...]
    does: str  # an English message id
    who: str = ANYONE
    example: str | None = None  # PLAN_LINE …: the help card's dated line instead of these

    def phrasings(self, language: str) -> tuple[str, ...]:
        return self.en if language == "en" else self.da


def _c(intent: Intent, theme: str, da: str | tuple[str, ...], en: str | tuple[str, ...],
       does: str, who: str = ANYONE, example: str | None = None) -> Command:
    def many(phrasings: str | tuple[str, ...]) -> tuple[str, ...]:
        return (phrasings,) if isinstance(phrasings, str) else phrasings

    return Command(intent, theme, many(da), many(en), does, who, example)


COMMANDS: tuple[Command, ...] = (
    _c(Intent.HELP, MEETINGS, "hjælp", "help", N_("A card with what I can do")),
    _c(Intent.NEXT_MEETING, MEETINGS, ("hvornår er næste møde?", "hvor er mødet?"),
       "when is the next meeting?", N_("The next meeting: weekday, date, time and place")),
    _c(Intent.LIST_MEETINGS, MEETINGS, "kommende møder", "upcoming meetings",
       N_("The planned meetings; with a year (“meetings in 2027”), that year's")),
    _c(Intent.PLAN_MEETING, MEETINGS,
       "nyt møde fredag 9. februar 2029 kl. 10-13 i Ringsted, Hækkerupsvej 1",
       "new meeting 20 September 2029 10:00-13:00 online",
       N_("Plans the meeting; “tema: …” at the end gives it a theme"), MANAGERS, PLAN_LINE),
    _c(Intent.PLAN_MEETING, MEETINGS, "nyt møde", "new meeting",
       N_("A form: date, start, end, place, online, theme"), MANAGERS),
    _c(Intent.MOVE_MEETING, MEETINGS, "flyt næste møde til 16. februar 2029 kl. 10-13",
       "move the next meeting to 16 February 2029 10-13", N_("Moves the meeting"), MANAGERS,
       MOVE_LINE),
    _c(Intent.CANCEL_MEETING, MEETINGS, ("aflys næste møde", "aflys møde 9. februar"),
       "cancel the next meeting", N_("Asks you to confirm, then cancels the meeting"),
       MANAGERS),
    _c(Intent.UNDELIVERED, MEETINGS, "ikke leverede beskeder", "undelivered messages",
       N_("What could not be delivered, and why"), MANAGERS),
    _c(Intent.SETTINGS, MEETINGS, "indstillinger", "settings",
       N_("The agenda cycle's days and times, the standing items and the task reminders"),
       MANAGERS),
    _c(Intent.AGENDA, AGENDA, "dagsorden", "what is on the agenda?",
       N_("The agenda of the next meeting")),
    _c(Intent.DEADLINE, AGENDA, "hvornår er fristen?", "when is the deadline?",
       N_("The deadline for items for the next meeting")),
    _c(Intent.PROPOSE_ITEM, AGENDA,
       "punkt: Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte",
       "item: Foster families, 20 min, Lotte",
       N_("Proposes an item in one line: title, minutes, presenter")),
    _c(Intent.PROPOSE_ITEM, AGENDA, "foreslå et punkt", "propose an item",
       N_("A form for an item: kind, case, recommendation, guests, attachment")),
    _c(Intent.NOTHING_FROM_US, AGENDA, "intet fra os", "nothing from us",
       N_("No items from you this time")),
    _c(Intent.ATTENDANCE, AGENDA, "hvem kommer?", "who is coming?",
       N_("Who is coming, by organisation")),
    _c(Intent.SEND_REGRETS, AGENDA, "afbud", "send regrets",
       N_("Asks you to confirm, then sends your regrets for the next meeting")),
    _c(Intent.ATTEND, AGENDA, "jeg kommer", "I am coming",
       N_("Asks you to confirm, then says you are coming to the next meeting")),
    _c(Intent.REVIEW_ITEMS, AGENDA, "gennemgå punkter", "review items",
       N_("Accept, defer or reject the proposed items and put them in order"), MANAGERS),
    _c(Intent.PUBLISH_AGENDA, AGENDA, "udsend dagsordenen", "publish the agenda",
       N_("Publishes the agenda now"), MANAGERS),
    _c(Intent.ADD_TASK, TASKS,
       "opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december",
       "task: Daniel brings the AI request to KL by 15 January",
       N_("A task for the person named or @mentioned, due on that day"), example=TASK_LINE),
    _c(Intent.ADD_TASK, TASKS,
       "opgave: Undersøg om tilsynet kan deltage, ansvarlig: Socialtilsyn Øst",
       "task: Find out whether the inspectorate can attend, owner: Socialtilsyn Øst",
       N_("A task for someone outside the group; the secretary follows it up")),
    _c(Intent.ADD_TASK, TASKS, "ny opgave", "new task", N_("A form: title, owner, due date")),
    _c(Intent.MY_TASKS, TASKS, "mine opgaver", "my tasks",
       N_("Your open tasks, in all your groups")),
    _c(Intent.OPEN_TASKS, TASKS, "åbne opgaver", "open tasks",
       N_("The group's open tasks, by owner")),
    _c(Intent.TASKS_OF, TASKS, "hvad mangler Rie?", "what does Rie have open?",
       N_("One person's open tasks")),
    _c(Intent.AWAY, TASKS, ("jeg er væk til 3. januar", "jeg er tilbage"),
       ("away until 3 January", "I am back"), N_("No task reminders until you are back")),
    _c(Intent.MINUTES, MINUTES, "referat", "minutes",
       N_("The minutes of the meeting going on or just held; the chair, the secretary or the "
          "minute-taker opens them")),
    _c(Intent.MINUTES, MINUTES, ("referatet fra marts", "referat fra mødet 5. februar"),
       "the minutes from March",
       N_("The minutes of the last meeting held on that day, week or month")),
    _c(Intent.CAPTURE, MINUTES,
       ("#punkt 4", "#beslutning Netværket anbefaler …",
        "#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december",
        "#info …", "#note …"),
       ("#item 4", "#decision …", "#task Daniel brings the AI request to KL by 15 January",
        "#info …", "#note …"),
       N_("During the meeting, from the chat: the item, a decision, a task, information or a "
          "note"), WRITERS),
    _c(Intent.SEARCH, MINUTES, "hvad blev besluttet om plejefamilier?",
       "what did we decide about foster families?",
       N_("Searches the decisions and notes of all meetings")),
    _c(Intent.IMPORT_MINUTES, MINUTES, "importér referat", "import minutes",
       N_("Imports old minutes pasted after it, on the following lines"), MANAGERS),
    _c(Intent.YEAR_PLAN, YEAR, "planlæg året", "plan the year",
       N_("The year's meetings with their themes on one card"), MANAGERS),
    _c(Intent.YEAR_PLAN, YEAR, "årshjul", "annual plan", N_("The year's meetings by month")),
    _c(Intent.THEME, YEAR, "hvad er temaet i september?", "what is the theme in September?",
       N_("The theme of that month's meeting")),
    _c(Intent.ANNUAL_REPORT, YEAR, ("årsrapport 2026", "årsrapporten for 2026"),
       "annual report 2026",
       N_("The report to the steering group in short, with Word and Markdown files")),
    # Roles and members
    _c(Intent.MEMBERS, MEMBERS, "medlemmer", "members",
       N_("Every member's role and organisation, and who has left; the chair and the secretary "
          "change them there")),
    _c(Intent.SET_ROLE, MEMBERS, ("gør Lisbet til formand", "Rie er sekretær",
                                  "Rie tager referat"),
       ("make Daniel chair", "Rie is secretary", "Rie takes the minutes"),
       N_("Gives a member a role: chair, secretary, minute-taker, member or guest"), MANAGERS),
    _c(Intent.MY_ORGANISATION, MEMBERS, "jeg er fra Holbæk Kommune",
       "I'm from Holbæk Kommune", N_("Sets the organisation you represent")),
    # A person's rights (GDPR): in the 1:1 chat, where nobody else reads the answer.
    _c(Intent.MY_DATA, PRIVACY, ("hvad ved du om mig?", "vis mine data"),
       ("what do you know about me?", "export my data"),
       N_("Everything stored about you in all your groups, as JSON and Word (1:1 chat)")),
    _c(Intent.ERASE_MY_DATA, PRIVACY, "slet mine data", "delete my data",
       N_("Asks you to confirm, then erases your data; approved minutes keep names (1:1 chat)")),
    _c(Intent.ERASE_MEMBER_DATA, PRIVACY, "slet data om Rie Nielsen",
       "delete data about Rie Nielsen",
       N_("Asks you to confirm, then erases a former member's data in this group"), MANAGERS),
)
