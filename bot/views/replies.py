"""Words for refusals and problems: what went wrong, and an example of what works."""

from datetime import timedelta

from babel.dates import format_date

from bot.turn import Speaker, Turn
from bot.views.examples import ExampleLine, example_meeting_line, example_task_line
from bot.views.item_replies import bad_link_text, too_long_item_text
from bot.views.meeting_named import begun_text, not_planned_text, overlap_text
from dialogs.forms import TOO_LONG, Problem
from meetings.agenda.proposals import ITEMS
from meetings.common import refusal
from meetings.common.i18n import N_
from meetings.common.working_days import working_day_on_or_after
from meetings.planning import meeting_line as line
from meetings.tasks.away_line import PROBLEM_AWAY_PART_OF_A_DAY
from meetings.tasks.line import (
    PROBLEM_DAY_PASSED,
    PROBLEM_NO_TITLE,
    PROBLEM_TITLE_TOO_LONG,
)

PROBLEMS = {
    line.PROBLEM_NO_DATE: N_("I could not find a date."),
    line.PROBLEM_INVALID_DATE: N_("There is no date %(date)s."),
    (line.PROBLEM_INVALID_DATE, "week"): N_("There is no week %(number)s in %(year)s."),
    line.PROBLEM_WEEKDAY_MISMATCH: N_("%(date)s is a %(actual_weekday)s, not a %(said_weekday)s."),
    line.PROBLEM_PAST_DATE: N_("That time has already passed."),
    PROBLEM_DAY_PASSED: N_("%(date)s has passed. If you mean that day next year, write the year "
                           "too."),
    PROBLEM_AWAY_PART_OF_A_DAY: N_("If you are away for only part of a day, there is nothing to "
                                   "do: I send task reminders at the start of the working day, "
                                   "and nothing was changed. If you are away for whole days, I "
                                   "hold your reminders back."),
    line.PROBLEM_NO_TIME: N_("I could not find the time of day."),
    line.PROBLEM_END_BEFORE_START: N_("The meeting must end after it starts."),
    line.PROBLEM_BAD_LENGTH: N_("“%(text)s” does not fit as the meeting's length: write the "
                                "start and either the end or a length of at most 12 hours."),
    line.PROBLEM_NONEXISTENT_TIME:
        N_("That time does not exist that night: the clocks are put forward an hour."),
    line.PROBLEM_AMBIGUOUS_TIME:
        N_("That time happens twice that night when the clocks are put back. Choose another hour."),
    refusal.NOT_ALLOWED: N_("Only the chair and the secretary can do that."),
    refusal.NO_MEETING: N_("No meeting is planned."),
    refusal.MEETING_NOT_FOUND: N_("I cannot find a planned meeting on %(date)s."),
    refusal.AMBIGUOUS_MEETING: N_("There is more than one meeting on %(date)s."),
    refusal.ALREADY_CANCELLED: N_("That meeting is already cancelled."),
    refusal.DUPLICATE_MEETING: N_("There is already a meeting at that time."),
    refusal.UNKNOWN_GROUP: N_("I do not know this conversation yet. Try again in a moment."),
    refusal.NOT_A_MEMBER: N_("This card belongs to a group you are not a member of, so its "
                             "buttons do not work for you. If you are in the group, write for "
                             "example “@Mødebot help” in the group's chat once, then try "
                             "again."),
    refusal.LEFT_THE_GROUP: N_("You are no longer a member of the group this card belongs to, "
                               "so its buttons do not work for you."),
    refusal.ITEM_NOT_FOUND: N_("I cannot find that agenda item."),
    refusal.DEADLINE_PASSED: N_("It is too late for that: the deadline has passed."),
    refusal.BAD_ITEM: N_("Please check the item: it needs a title, between 5 and 180 minutes, "
                         "and an attachment link must start with https://."),
    refusal.BAD_ATTENDANCE: N_("To send a substitute, write their name in the field first."),
    refusal.BAD_SETTINGS: N_("Please check the settings: the call comes before the deadline, "
                             "and the deadline before the agenda is published."),
    refusal.TASK_NOT_FOUND: N_("I cannot find that task."),
    refusal.AMBIGUOUS_OWNER: N_("More than one member is called %(name)s."),
    refusal.UNKNOWN_OWNER: N_("The owner must be a member of the group, or a person outside it "
                              "written by name."),
    # Importing minutes in Teams (a file in the 1:1 chat, or pasted text, then a preview).
    refusal.IMPORT_GONE: N_("This preview has been used already, or is more than a day old, so "
                            "nothing was imported now. Send the minutes again to see a new "
                            "preview."),
    refusal.NO_GROUP_TO_IMPORT: N_("Only the chair and the secretary of a group can import its "
                                   "minutes, and you are neither in any group I am in. Ask your "
                                   "group's secretary to send them."),
    PROBLEM_NO_TITLE: N_("What is the task? Write it after “opgave:”, with who does it."),
    refusal.MINUTES_NOT_FOUND: N_("I cannot find those minutes. The chair or the secretary "
                                  "starts them by writing “referat” during or after the "
                                  "meeting."),
    refusal.LINE_CHANGED: N_("That “#opgave” line has been edited or deleted in the chat since, "
                             "so this card will not create a task."),
    refusal.MINUTES_LOCKED: N_("The minutes are approved and locked: approving and commenting "
                               "are closed. The chair or the secretary can still correct them."),
    # Roles and members
    refusal.MEMBER_NOT_FOUND: N_("I cannot find a member of the group by that name. Write the "
                                 "name as in Teams, for example “gør Lisbet til formand”, or "
                                 "write “medlemmer” to see them."),
    refusal.UNKNOWN_ROLE: N_("A member can be chair, secretary, minute-taker, member or "
                             "guest."),
    refusal.LAST_LEADER: N_("%(name)s is the group's last chair or secretary, and somebody must "
                            "be able to plan the meetings. Make another member chair or "
                            "secretary first, for example “gør Rie til sekretær”."),
    refusal.STILL_A_MEMBER: N_("%(name)s is still in the group, so only %(name)s can have "
                               "their data erased, by writing “delete my data” to me in our "
                               "1:1 chat. Once %(name)s has left the group, you can write "
                               "“delete data about %(name)s”."),
    refusal.NOT_IN_TEAMS: N_("%(name)s is known only from imported minutes and has not been in "
                             "this chat; only a member here can lead the group or take its "
                             "minutes. Give the role to one of them, for example “gør Rie til "
                             "formand”."),
    refusal.BAD_RETENTION: N_("Write how many months the group's data is kept after Mødebot "
                              "is removed: a whole number from 1 to 120, for example 12."),
}

# A refusal of rights where the domain says who else may: the words name them.
NOT_ALLOWED_BUT = {
    refusal.GROUP_MEMBER: N_("Only a member of the group can take over."),
    refusal.TASK_OWNER: N_("Only the owner, the chair and the secretary can change this task."),
    refusal.MINUTE_TAKER: N_("Only the chair, the secretary and the minute-taker can write the "
                             "minutes."),
}

# A meeting that is not found by its id (a card's), not by a date written: no date to name.
WITHOUT_DATE = {refusal.MEETING_NOT_FOUND: N_("I cannot find that meeting.")}

# A bad task names the field; each gets its own words.
BAD_TASK_FIELDS = {
    "title": N_("A task needs a title of at most 300 characters."),
    "text": N_("A status note needs some text, at most 1000 characters."),
    "reason": N_("Write what the task is waiting for, in at most 500 characters."),
    "due_on": N_("The due date cannot be in the past."),
    "away_until": N_("That day has already passed."),
    "owner": N_("Choose a member of the group, or write the name of a person outside it "
                "(not both)."),
    "owner_name": N_("A name of at most 200 characters, please."),
}

# A bad item names the field; a rejection without a reason is not a problem with the item.
BAD_ITEM_FIELDS = {
    "reason": N_("A rejection needs a reason, which the proposer is told (at most 500 "
                 "characters). Write a reason, for example: “This belongs with the steering "
                 "group; please raise it there.”"),
}

# A bad minutes names the field too.
BAD_MINUTES_FIELDS = {
    "number": N_("Which item? Write for example “#punkt 3”, with the number on the agenda, or "
                 "“#punkt Eventuelt”, with its title, before “#beslutning …”."),
    "text": N_("Write something after the word, for example “#beslutning Netværket godkendte "
               "årsrapporten”."),
    "status": N_("The minutes are not out for approval yet: the chair or the secretary posts "
                 "them first."),
    "too_early": N_("The minutes can be started from an hour before the meeting."),
    "substitute_name": N_("To mark a substitute, write their name in the field."),
    "minute_taker": N_("Choose a member as minute-taker, or write a name; not both."),
    "notes": N_("The notes are too long: at most 10,000 characters."),
    "decision": N_("The decision is too long: at most 10,000 characters."),
    "guests": N_("The guests are too long: at most 1,000 characters."),
    "version": N_("The minutes were changed after this card was shown, so nothing was "
                  "approved. The card now shows them as they are: read them and click “Approve "
                  "the minutes” again if you agree."),
}

# Problems where an example of a good line helps; a refusal of rights does not need one.
NEEDS_EXAMPLE = frozenset({
    line.PROBLEM_NO_DATE, line.PROBLEM_INVALID_DATE, line.PROBLEM_WEEKDAY_MISMATCH,
    line.PROBLEM_PAST_DATE, line.PROBLEM_NO_TIME, line.PROBLEM_END_BEFORE_START,
    line.PROBLEM_NONEXISTENT_TIME, line.PROBLEM_AMBIGUOUS_TIME, refusal.NO_MEETING,
    line.PROBLEM_TOO_LONG, line.PROBLEM_BAD_LENGTH, refusal.DUPLICATE_MEETING,
})


# Problems with a task line, answered with a task line that works.
TASK_LINE_PROBLEMS = frozenset({
    line.PROBLEM_NO_DATE, line.PROBLEM_INVALID_DATE, line.PROBLEM_WEEKDAY_MISMATCH,
    line.PROBLEM_PAST_DATE, PROBLEM_NO_TITLE, PROBLEM_TITLE_TOO_LONG, refusal.AMBIGUOUS_OWNER,
    refusal.UNKNOWN_OWNER, PROBLEM_DAY_PASSED,
})


def problem_text(turn: Speaker, code: str, details: dict[str, str] | None = None, *,
                 example: ExampleLine | None = None) -> str:
    """The problem in the reader's language; a problem with a meeting line ends with a line
    that works today, a `nyt møde` line unless `example` writes another (a move's)."""
    if code == refusal.NOT_ALLOWED and (details or {}).get("allowed") in NOT_ALLOWED_BUT:
        return turn._(NOT_ALLOWED_BUT[(details or {})["allowed"]])
    if code == refusal.BAD_TASK:
        field = (details or {}).get("field", "")
        return turn._(BAD_TASK_FIELDS.get(field, N_("Something is not right with that.")))
    if code == refusal.BAD_ITEM and "limit" in (details or {}):
        return too_long_item_text(turn, details or {})
    if code == refusal.BAD_ITEM and (details or {}).get("field") == "links":
        return bad_link_text(turn, details or {})
    if code == refusal.BAD_ITEM and (field := (details or {}).get("field")) in BAD_ITEM_FIELDS:
        return turn._(BAD_ITEM_FIELDS[field])
    if code == refusal.BAD_SETTINGS and (details or {}).get("field") == "year":
        return turn._("The year must lie between 2000 and 2100, for example “annual report "
                      "2026”.")
    if code == refusal.NOT_PLANNED_ON:
        return not_planned_text(turn, details or {})
    if code == refusal.DEADLINE_PASSED and (details or {}).get("of") == ITEMS:
        return turn._("The deadline for items for the meeting has passed. The chair and the "
                      "secretary can still put an item on the agenda, so write to them.")
    if code == refusal.BAD_MINUTES:
        field = (details or {}).get("field", "")
        return turn._(BAD_MINUTES_FIELDS.get(field, N_("Something is not right with that.")))
    text = _problem_words(turn, code, details)
    if code == refusal.NO_MEETING and turn.for_another_chat:
        return text
    if code in NEEDS_EXAMPLE:
        line = (example or example_meeting_line)(turn.now, turn.tz, turn.language)
        text += " " + turn._("Write for example: %(example)s", example=line)
    elif code in (refusal.MEETING_NOT_FOUND, refusal.AMBIGUOUS_MEETING):
        text += " " + turn._("Write “upcoming meetings” to see them.")
    return text


def _problem_words(turn: Speaker, code: str, details: dict[str, str] | None) -> str:
    if code == line.PROBLEM_TOO_LONG:
        return _too_long_text(turn, details or {})
    if code == refusal.DUPLICATE_MEETING:
        return overlap_text(turn, details or {})
    if code == refusal.MEETING_BEGUN:
        return begun_text(turn, details or {})
    message = _message(code, details, N_("Something is not right with that."))
    if code in WITHOUT_DATE and "date" not in (details or {}):
        message = WITHOUT_DATE[code]
    return turn._(message, **(details or {})) if details else turn._(message)


def _message(code: str, details: dict[str, str] | None, otherwise: str = "") -> str:
    """The words of a problem; a week the year lacks ("uge 53") is said as a week."""
    week = code == line.PROBLEM_INVALID_DATE and "number" in (details or {})
    return PROBLEMS.get((code, "week") if week else code, otherwise)


def _too_long_text(turn: Speaker, details: dict[str, str]) -> str:
    """A place or theme in a meeting line longer than the form takes."""
    count, limit = int(details["length"]), details["limit"]
    if details.get("field") == "theme":
        return turn.ngettext("The theme is %(count)s character long; at most %(limit)s, please.",
                             "The theme is %(count)s characters long; at most %(limit)s, "
                             "please.", count, limit=limit)
    return turn.ngettext("The place is %(count)s character long; at most %(limit)s, please.",
                         "The place is %(count)s characters long; at most %(limit)s, please.",
                         count, limit=limit)


def form_problem_text(turn: Speaker, problem: Problem) -> str:
    """What is wrong with a form, shown above what was typed."""
    if problem.code == TOO_LONG:
        return turn.ngettext("At most %(count)s character, please.",
                             "At most %(count)s characters, please.", int(problem.details["count"]))
    if problem.code in NEEDS_EXAMPLE:  # the form shows what to fill in; no chat line to copy
        return _problem_words(turn, problem.code, dict(problem.details))
    if problem.code == refusal.BAD_ITEM and "limit" in problem.details:
        return too_long_item_text(turn, dict(problem.details), line=False)
    if problem.code == refusal.MEETING_BEGUN:
        return begun_text(turn, dict(problem.details), line=False)
    return problem_text(turn, problem.code, dict(problem.details))


def task_problem_text(turn: Turn, code: str, details: dict[str, str] | None = None) -> str:
    """A problem with a task line, and a line that works today."""
    if code not in TASK_LINE_PROBLEMS:
        return problem_text(turn, code, details)
    if code == PROBLEM_TITLE_TOO_LONG:
        message = turn.ngettext(
            "The task is %(count)s character long; at most %(limit)s, please. A status note "
            "can say more.", "The task is %(count)s characters long; at most %(limit)s, please. "
            "A status note can say more.", int((details or {})["length"]),
            limit=(details or {})["limit"])
    else:
        message = turn._(_message(code, details), **(details or {}))
    return message + " " + turn._("Write for example: %(example)s",
                                  example=example_task_line(turn.now, turn.tz, turn.language))


def away_problem_text(turn: Turn, code: str, details: dict[str, str] | None = None) -> str:
    """A day of being away that is no day, or is past, and a line that works."""
    message = _message(code, details, N_("I could not find a date."))
    text = turn._(message, **(details or {})) if details else turn._(message)
    day = working_day_on_or_after(turn.now.astimezone(turn.tz).date() + timedelta(weeks=3))
    if turn.language == "en":
        example = f"away until {format_date(day, 'd MMMM y', locale='en_GB')}"
    else:
        example = f"jeg er væk til {format_date(day, 'd. MMMM y', locale='da_DK')}"
    return text + " " + turn._("Write for example: %(example)s", example=example)


def more_text(speaker: Speaker, count: int) -> str | None:
    """"… og 3 mere." under a list cut short; None when nothing was left out."""
    if count <= 0:
        return None
    return speaker.ngettext("… and %(count)s more.", "… and %(count)s more.", count)


def not_understood_text(turn: Turn) -> str:
    return turn._("Sorry, I did not understand that. Write “help” to see what I can do, "
                  "or for example “next meeting”.")
