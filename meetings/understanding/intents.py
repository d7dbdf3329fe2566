"""What a chat message asks the bot to do, in Danish or English, in the words members use.

Commands (anything that changes something or carries a line to read) are read by their table
of phrasings, exactly (meetings/understanding/commands.py); questions and the sayings that are
no command ("jeg kan ikke komme", "tak") by the classifier trained on the corpus of how members
write. Below its confidence the bot asks instead of guessing; commands are never guessed.
"""

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from meetings.common.days_in_text import find_day
from meetings.groups.organisations import names_an_organisation
from meetings.understanding import command_doubts, commands, minutes_lines, slots
from meetings.understanding.arguments.changes_asked import (
    asks_to_change_own_task,
    wishes_to_plan,
)
from meetings.understanding.arguments.line_breaks import with_line_breaks
from meetings.understanding.arguments.meeting import (
    meeting_said,
    split_meeting_clause,
    split_meeting_header,
)
from meetings.understanding.arguments.names import coming_asked_in, name_in
from meetings.understanding.arguments.searched_year import year_searched
from meetings.understanding.arguments.weekday import without_weekday_said
from meetings.understanding.classifier import Guess
from meetings.understanding.language import language_of_text, leaning_language, likeliest_language
from meetings.understanding.meaning import (
    AGENDA_CYCLE,
    CLASSIFIED,
    MINUTES_DONE,
    PLAN_WISH,
    PROPOSAL_FORM,
    TASK_CHANGE,
    TASK_FORM,
    Intent,
    SmallTalk,
    Understood,
)
from meetings.understanding.minutes_lines import capture_language, is_a_minutes_line
from meetings.understanding.normalise import folded, without_courtesy, without_signature
from meetings.understanding.slots import (
    month_in,
    month_of_meeting_in,
    name_free_words,
    searched,
    subject_in,
    week_of_meeting_in,
    year_in,
)
from meetings.understanding.training import trained

__all__ = ["CLASSIFIED", "MINUTES_DONE", "PROPOSAL_FORM", "TASK_CHANGE", "TASK_FORM", "Intent",
           "SmallTalk", "Understood", "prepare", "understand", "understood_as"]

# "jeg kommer fra …" said of today's journey; a search for a meeting; a change to one's task.
_COMING_FROM = re.compile(r"\b(?:kommer|coming|come)\s+(?:fra|from)\b", re.IGNORECASE)
# A meeting named after the organisation, in folded spelling (a day is found by find_day)
_A_MEETING_NAMED = re.compile(r"\b(?:mode|modet|modes|meeting|naeste gang|next time)\b")
_ANY_TODAY = date(2000, 1, 1)  # whether a day is named, not which
# A meeting named by when it was, in folded spelling ("på sidste møde" → "pa sidste mode"):
# all a search's subject is, or said anywhere in a question (not "meeting" alone there:
# "a decision on meeting in person" has a subject)
_WHEN = r"sidst|sidste gang|sidste mode|last time|last meeting|i dag|i gar|today|yesterday"
_A_MEETING = re.compile(rf"(?:(?:pa|ved|at|in|on) )?(?:the )?(?:{_WHEN}|modet|meeting)")
_A_MEETING_SAID = re.compile(rf"\b(?:{_WHEN}|pa modet|at the meeting)\b")
# "referatet er færdigt", "nu er referatet klar", "the minutes are done": said to the bot, the
# minute-taker means to post them (folded spelling)
_MINUTES_DONE = re.compile(
    r"(?:(?:nu|sa|so|ok) )?(?:er )?(?:the )?(?:mode)?(?:referat(?:et)?|minutes) (?:(?:er|is|are) )?"
    r"(?:nu |now |all )?(?:faerdig[te]*|klar|skrevet|done|finished|ready|written|complete)"
    r"(?: (?:til godkendelse|for approval))?(?: (?:nu|now|tak|thanks))?")

# "hvad mangler vi/der/jeg …" began a question about tasks in the old table; one that goes on
# about the agenda ("… på dagsordenen?": what is on it, or what is missing?) is asked about.
_TASK_OPENINGS = ("hvad mangler vi ", "hvad mangler der ", "hvad mangler jeg ", "hvad har vi ",
                  "hvad har der ", "hvad har jeg ")
_RELATIVE_YEAR = frozenset("naeste sidste dette forrige i ar aret next last previous this the "
                           "year netvaerket gruppen network group styregruppen steering".split())


def prepare() -> None:
    """Train the classifier and the language detector, and count the words questions are asked
    with, now (about 2 s), not in the first turn that needs them."""
    understand("hvornår er næste møde?")
    slots.prepare()


def understand(text: str) -> Understood:
    """The intent of a message whose @mention is already removed, a letter's closing too."""
    text = without_signature(text)
    return _remembered(text) if len(text) <= _REMEMBERED_LENGTH else _understand(text)


_REMEMBERED_LENGTH = 200  # the same short questions come again and again: read each once


@lru_cache(maxsize=4096)
def _remembered(text: str) -> Understood:
    return _understand(text)


def _understand(text: str) -> Understood:
    """The message read, with the meeting a date or month in it names for the agenda cycle's
    questions and commands: a command ending "til mødet 19. februar" is read without that
    end; the classifier reads a question whole."""
    for rest, named in (split_meeting_clause(text), split_meeting_header(text)):
        if named and commands.read_command(commands.cleaned(rest)) is not None \
                and (understood := _read(rest)).intent in AGENDA_CYCLE:
            return replace(understood, meeting=named)
    understood = _read(text)
    form = understood.selector == PROPOSAL_FORM  # "… på fredag": no part of the item's title
    return replace(understood, meeting=meeting_said(understood.intent, text, form=form),
                   argument=without_weekday_said(understood.argument)[0] if form
                   else with_line_breaks(understood, text))


def _read(text: str) -> Understood:
    spoken = language_of_text(text)
    if (imported := minutes_lines.imported_minutes(text)) is not None:
        return replace(imported, text_language=spoken)
    if is_a_minutes_line(text):
        # Kept as written, line breaks and closing punctuation too: it goes into the minutes.
        return Understood(Intent.CAPTURE, capture_language(text), text.strip(),
                          text_language=spoken)
    message = commands.cleaned(text)
    command = commands.read_command(message) \
        or commands.read_command(commands.cleaned(without_courtesy(text)))
    if command is not None and command.intent == Intent.TASKS_OF \
            and not _names_somebody(command.argument):
        command = None  # "vis opgaver", "vores opgaver": no name, another question
    asked = text.rstrip().endswith("?")
    command = command_doubts.standing(command, message, asked)
    if command is not None and (_from_no_organisation(command, message)
                                or _asks_about_a_meeting(command)):
        command = None
    if command is not None and command_doubts.asks_for_a_task(command, message):
        return replace(command, selector=TASK_FORM, text_language=spoken)
    if command is not None and not command_doubts.may_be_a_question(command, message, asked):
        return replace(command, text_language=spoken)
    understood = _classified(text, spoken, command)
    if understood.intent == Intent.UNKNOWN and asks_to_change_own_task(text):
        # Never changed on a guess: the person's tasks, whose cards have the buttons.
        return Understood(Intent.MY_TASKS, likeliest_language(text), selector=TASK_CHANGE,
                          text_language=spoken)
    if understood.intent == Intent.UNKNOWN and _MINUTES_DONE.fullmatch(folded(text)):
        return Understood(Intent.MINUTES, likeliest_language(text), selector=MINUTES_DONE,
                          text_language=spoken)
    if understood.intent == Intent.UNKNOWN and command is None and wishes_to_plan(text):
        # Never planned on a guess: the form to plan it offered, the questions beside it
        return replace(understood, argument=text.strip(), selector=PLAN_WISH,
                       said=text.strip(), small_talk=None)
    return understood


def _from_no_organisation(command: Understood, message: str) -> bool:
    """"fra" followed by no organisation: "jeg kommer fra et møde i Køge", "I'm coming from
    Køge on Friday" say where one comes from today, not the organisation one is from, which
    "kommer fra" names only as a name does; "intet fra Næstved" answers the call for input as
    "intet fra os" does, "intet fra referatet" does not."""
    if command.intent == Intent.NOTHING_FROM_US:
        return bool(command.argument) and not names_an_organisation(command.argument)
    if command.intent != Intent.MY_ORGANISATION:
        return False
    # "jeg repræsenterer Odsherred på torsdag", "I represent Køge at the next meeting": who
    # one comes for to a meeting, not the organisation one is from
    for_a_meeting = find_day(command.argument, _ANY_TODAY) is not None \
        or _A_MEETING_NAMED.search(folded(command.argument)) is not None
    return for_a_meeting or (_COMING_FROM.search(message) is not None
                             and not names_an_organisation(command.argument))


def _asks_about_a_meeting(command: Understood) -> bool:
    """"hvad besluttede vi sidst?", "what did we agree on last time": no subject to search
    for, but a meeting, whose minutes the classifier will most likely read it as."""
    return command.intent == Intent.SEARCH \
        and _A_MEETING.fullmatch(folded(command.argument)) is not None


def understood_as(intent: Intent, text: str) -> Understood:
    """The message read as `intent`, chosen on a "Mente du …?" button: its parts from the text,
    the meeting it names too, nothing asked again."""
    language = likeliest_language(text)
    argument, selector = _slots(intent, text)
    return Understood(intent, language, argument, selector,
                      meeting_said(intent, text, form=selector == PROPOSAL_FORM),
                      text_language=language)


def _classified(text: str, spoken: str | None, command: Understood | None) -> Understood:
    guess = _whose_tasks(trained().guess(text), text)
    if command is not None and not (guess.confident and guess.label in CLASSIFIED):
        if command_doubts.names_a_number(command, commands.cleaned(text)):
            return Understood(Intent.UNKNOWN, None, small_talk=SmallTalk.OTHER,
                              text_language=spoken)
        if guess.confident and ":" in text:  # "task status from Kalundborg: all sorted"
            return Understood(Intent.UNKNOWN, None, small_talk=SmallTalk(guess.label),
                              text_language=spoken)
        # Neither surely a question nor a remark: the task's or the item's form, filled
        form = PROPOSAL_FORM if command.intent == Intent.PROPOSE_ITEM else TASK_FORM
        return replace(command, selector=form, text_language=spoken)
    if guess.label not in CLASSIFIED:
        if guess.confident:
            return Understood(Intent.UNKNOWN, None, small_talk=SmallTalk(guess.label),
                              text_language=spoken)
        return _unsure(guess.questions, spoken, text)
    intent = Intent(guess.label)
    if intent == Intent.SEARCH and not subject_in(text) \
            and _A_MEETING_SAID.search(folded(text)):
        # "what did we decide today?": no subject but a meeting; its minutes, the search beside
        # when the classifier was sure of the question, else both asked, the minutes first
        if not guess.confident:
            return _unsure((Intent.MINUTES.value, *guess.questions), spoken, text)
        return Understood(Intent.MINUTES, likeliest_language(text), text_language=spoken,
                          alternatives=(Intent.SEARCH,), said=text.strip())
    if not guess.confident or _asked_about(intent, text):
        return _unsure((intent.value, *guess.questions), spoken, text)
    argument, selector = _slots(intent, text)
    if intent in (Intent.TASKS_OF, Intent.SEARCH) and not argument:
        # Nobody named, nothing to search for: the likeliest questions, asked.
        return _unsure(_without_slot(intent, guess), spoken, text)
    language = spoken or leaning_language(text)  # "deadline?": neither, the group's
    # Close to another question: answered, the others offered beside the answer.
    offered = tuple(Intent(label) for label in guess.questions
                    if label != intent.value) if guess.between else ()
    return Understood(intent, language, argument, selector, text_language=spoken,
                      alternatives=offered, said=text.strip() if offered else "")


# Whose tasks a question is about, the classifier sometimes cannot tell; a name can.
_WHOSE = frozenset({Intent.TASKS_OF.value, Intent.OPEN_TASKS.value, Intent.MY_TASKS.value})


def _whose_tasks(guess: Guess, text: str) -> Guess:
    """Unsure only whether a question is about a person's tasks or the group's or one's own:
    it is the person's when it names somebody ("hvad står Bodil med?"), else the other."""
    if guess.between is None or Intent.TASKS_OF.value not in guess.between \
            or not set(guess.between) <= _WHOSE:
        return guess
    other = next(label for label in guess.between if label != Intent.TASKS_OF.value)
    label = Intent.TASKS_OF.value if _names_somebody(name_in(text)) else other
    return replace(guess, label=label, confident=True, between=None)


def _slots(intent: Intent, text: str) -> tuple[str, str]:
    if intent in (Intent.TASKS_OF, Intent.ATTENDANCE):  # "Kommer Daniel?", "… fra Køge?"
        return (name_in if intent == Intent.TASKS_OF else coming_asked_in)(text), ""
    if intent == Intent.SEARCH:
        return searched(subject_in(text)), year_searched(text)
    if intent == Intent.PROPOSE_ITEM:
        return subject_in(without_weekday_said(text)[0], for_an_item=True), PROPOSAL_FORM
    if intent == Intent.THEME:
        return month_in(text), ""
    if intent == Intent.NEXT_MEETING:
        return month_of_meeting_in(text) or week_of_meeting_in(text), ""
    if intent in (Intent.YEAR_PLAN, Intent.ANNUAL_REPORT, Intent.LIST_MEETINGS):
        return year_in(text), ""
    return "", ""


def _asked_about(intent: Intent, text: str) -> bool:
    """Readings the old table refused, kept refused: a year that is no year ("årshjul for
    alle"), a task question that turns out to be about something else."""
    said = folded(text) + " "
    if intent in (Intent.YEAR_PLAN, Intent.ANNUAL_REPORT) and not year_in(text):
        after = said.split(" for ", 1)[1].split() if " for " in said else []
        return bool(after) and not set(after) <= _RELATIVE_YEAR
    return intent == Intent.AGENDA and said.startswith(_TASK_OPENINGS)


def _unsure(labels: tuple[str, ...], spoken: str | None, text: str) -> Understood:
    alternatives = tuple(dict.fromkeys(Intent(label) for label in labels if label in CLASSIFIED))
    return Understood(Intent.UNKNOWN, None, alternatives=alternatives[:3], text_language=spoken,
                      said=text.strip() if alternatives else "")


def _without_slot(intent: Intent, guess: Guess) -> tuple[str, ...]:
    others = tuple(label for label in guess.questions if label != intent.value)
    if intent == Intent.TASKS_OF:
        return (Intent.OPEN_TASKS.value, Intent.MY_TASKS.value, *others)
    return (intent.value, *others)


def _names_somebody(name: str) -> bool:
    """Each word of a name is written with a capital, or is no word the corpus asks with: not
    "vi" ("vis opgaver"), "vore" ("vores opgaver") or "the group" ("the group's tasks")."""
    return bool(name.split()) and all(
        word[:1].isupper() or not {folded(word), folded(word) + "s"} & name_free_words()
        for word in name.split())
