"""Whether a command's reading stands or may be no such command: a task or an item line that
may be a question or a remark, a role given that is asked about, a meeting line that names no
meeting, a "#" that starts no minutes line. Where it may not stand, the classifier decides
(meetings/understanding/intents.py)."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from meetings.common.days_in_text import find_first_day, month_number
from meetings.common.weeks import find_week
from meetings.planning.meeting_clock import Clock, find_clock
from meetings.planning.meeting_line import LineProblem, read_meeting_line
from meetings.planning.meeting_place import PLACE_MARKER
from meetings.planning.move_line import SAME_PLACE
from meetings.understanding.features import one_slip
from meetings.understanding.meaning import Intent, Understood

_LINK = re.compile(r"https?://\S+")  # a pasted link, read as one thing
# A free argument this short, after a bare command word, may be a question: "task list".
_SHORT_ARGUMENT = 2
# A name a role is given to that is one of these typed one slip off asks: "hvme er formand".
_ASKING = ("hvem", "hvad", "hvilken", "hvilke", "which", "what")
# A "title" that begins with one of these asks for the list instead: "task overview for the
# network", "opgave oversigt for netværket".
_LIST_WORDS = frozenset("overview oversigt overblik list liste lists status summary".split())
_FREE_TEXT = frozenset({Intent.ADD_TASK, Intent.PROPOSE_ITEM})
# A task's or an item's word alone, no colon, no "ny": "opgave Ring KL", "punkt for punkt …"
_BARE = frozenset({"opgave", "task", "action item", "punkt", "item"})
_NEW_TASK = frozenset({"ny opgave", "new task"})
_ASKED_FOR = frozenset({"opret", "tilføj", "create", "add"})  # a task asked for in a sentence
_ANY_TODAY = date(2000, 1, 1)  # whether a day is named, not which
_ANY_NOW = datetime(2000, 1, 1, tzinfo=UTC)
# When or where a meeting is, when a cancel or a move names it so: "aflys mødet i marts",
# "aflys mødet i Ringsted".
_MONTH = re.compile(r"(?:(?:i|in)\s+)?(?P<month>[^\W\d_]+\.?)(?:\s+\d{4})?", re.IGNORECASE)
# What may stand before the day that names a meeting: "aflys mødet den 15.1.", "på torsdag 9/2".
_BEFORE_A_DAY = re.compile(r"(?:(?:den|d\.|på|on|the)\s+)?", re.IGNORECASE)
_PLACE = re.compile(r"(?:i|in|på|at)\s+[A-ZÆØÅ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}")
# Answers that ask: "intet fra os?", "send dagsordenen?" (the secretary's own question).
_ASKED_ANSWERS = frozenset({Intent.NOTHING_FROM_US, Intent.PUBLISH_AGENDA})
_LETTERS = re.compile(r"[^\W\d_]+")
# "… virker ikke for mig", "… passer mig ikke", "… doesn't work", "… does not suit us": the
# line is quoted to say it does not suit, not asked for; a theme after "tema:" may say so.
_NOT_SUITING = re.compile(
    r"\b(?:virker|passer|duer)\s+(?:(?:mig|os)\s+)?ikke\b"
    r"|\b(?:doesn['’]?t|does\s+not|won['’]?t|will\s+not)\s+(?:work|suit)\b", re.IGNORECASE)
_THEME_MARK = re.compile(r"\b(?:tema|theme)\s*:", re.IGNORECASE)
# A day of the month alone, which no day reader reads: "den 5. passer ikke", "the 5th doesn't".
_DAY_OF_MONTH = re.compile(r"\b(?:den|the)\s+\d{1,2}(?:\.|st|nd|rd|th)?$", re.IGNORECASE)
_WORD_START = re.compile(r"\b\w")
_BETWEEN = " ,;:–-"  # what stands between a line and the day it says does not suit


def is_no_such_command(understood: Understood, message: str, asked: bool) -> bool:
    """A reading that is no command at all, left to the classifier: a role asked about, a plan
    or a move whose line names no day or time ("nyt møde i MED-udvalget i går var godt", "move
    the meeting to the top of your list"), a cancel or a move that names its meeting by
    something else than its day or place ("slet mødet fra din kalender", "cancel the meeting
    room"), a plan or a move that goes on to say it does not suit ("flyt næste møde til kl.
    12.30 virker ikke for mig", "… doesn't work for me"), away "til"/"to" somewhere rather
    than until a day ("jeg er væk til frokost", "I'm away to a conference"), and "intet fra
    os?" or "send dagsordenen?" asked."""
    intent = understood.intent
    if intent in (Intent.PLAN_MEETING, Intent.MOVE_MEETING) and understood.argument:
        if not names_a_day_or_time(understood.argument) \
                or _says_it_does_not_suit(understood.argument):
            return True
    if intent in (Intent.MOVE_MEETING, Intent.CANCEL_MEETING):
        return not _names_a_meeting(understood.selector)
    if intent == Intent.AWAY and understood.argument:
        return _away_to(understood, message) \
            and not _begins_with_a_day_or_time(understood.argument)
    return asks_about_a_role(understood, asked) or (asked and intent in _ASKED_ANSWERS)


def names_a_day_or_time(line: str) -> bool:
    """A meeting line begins with its day or time ("fredag 9. februar kl. 10-13 …", "kl. 12
    online"), or names both ("i Ringsted fredag 9/2 kl. 10-13"); it asks nothing ("fredag? det
    har jeg ikke hørt om"), and a day without a time goes on only with where ("fredag i
    Ringsted", "samme sted"), not in words ("fredag virker ikke for mig"). A day or time
    written wrong ("31. februar", "kl. 25") is one, which the line's reader answers as wrong."""
    if "?" in _LINK.sub("", line):  # a link's query ("…/0?context=…") asks nothing
        return False
    day, clock = find_first_day(line, _ANY_TODAY), _clock_at(line)
    if clock == 0 or (day is not None and clock is not None):
        return True
    return day is not None and day.span[0] == 0 and _nothing_but_where(line)


def may_be_a_question(understood: Understood, message: str, asked: bool = False) -> bool:
    """A task or an item whose "title" is a word or two after the bare command word ("task
    list", "opgave status"), begins with a word for a list ("task overview for the network"),
    or is a number ("punkt 3 er udskudt"), may be no such command; nor may a title that ends
    in a question mark (`asked`: "Item deadline, is it Monday or Tuesday?") or a message with
    a colon further on than the command's word, a sentence after the bare word ("punkt for
    punkt gennemgik vi det", "task force meets Friday"), or after "ny opgave"/"new task" one
    that begins with no name ("new task manager app is great"). A task line of one word says
    how a task went ("task: finished", "opgave: klaret"): a task says who does what. The
    classifier decides."""
    if understood.intent not in _FREE_TEXT:
        return False
    if _colon_after_word(understood, message):
        return understood.intent == Intent.ADD_TASK \
            and len(_LETTERS.findall(understood.argument)) == 1
    if asked or ":" in message:  # a colon further on: a sentence, not a line
        return True
    before = _words_before(understood, message)
    if understood.argument and (before in _BARE or before in _NEW_TASK
                                and understood.argument[:1].islower()):
        return True  # "opgave Ring KL", "task force meets Friday": not "ny opgave Povl …"
    title = understood.argument.split()
    lists = bool(title) and title[0].casefold() in _LIST_WORDS
    return 0 < len(title) <= _SHORT_ARGUMENT or lists or names_a_number(understood, message)


def asks_for_a_task(understood: Understood, message: str) -> bool:
    """"opret en opgave til Pia om at ringe til KL", "create a new task for Søren about the
    budget": a task asked for in a sentence, no colon after the command's words, which no
    task line is ("opgave: …", "opret en opgave: …", "ny opgave Povl melder tilbage …"). Its
    form comes filled; nothing is stored until it is sent."""
    if understood.intent != Intent.ADD_TASK or _colon_after_word(understood, message):
        return False
    words = _words_before(understood, message).split()
    return bool(words) and words[0] in _ASKED_FOR


def asks_about_a_role(understood: Understood, asked: bool) -> bool:
    """"Rie er formand?" asks whether she is; "hvme er formand" who is: no role is given."""
    return understood.intent == Intent.SET_ROLE and (
        asked or any(one_slip(word.casefold(), asking)
                     for word in understood.argument.split() for asking in _ASKING))


def names_a_number(understood: Understood, message: str) -> bool:
    """"punkt 3 er udskudt", "item 4 is postponed": an item or task already numbered is talked
    about; a new one's title does not start with a number."""
    return understood.intent in _FREE_TEXT and not _colon_after_word(understood, message) \
        and understood.argument[:1].isdigit()


def _colon_after_word(understood: Understood, message: str) -> bool:
    """"opgave: …", "task: …": the colon right after the command's word says a line follows;
    one later ("task status from Kalundborg: all sorted") says nothing of the kind."""
    return ":" in _words_before(understood, message)


def _words_before(understood: Understood, message: str) -> str:
    """The command's words, before its argument: "opgave", "ny opgave:", "task"."""
    start = message.find(understood.argument) if understood.argument else len(message)
    return message[:start].strip().casefold()


def _names_a_meeting(selector: str) -> bool:
    """"", "næste", a day ("9. februar", "torsdag 23. april", "31. februar"), a month ("i
    marts") or a place ("i Ringsted") and nothing more: not "fra din kalender", "room booking"
    or "23. april? no way"."""
    if selector in ("", "næste", "next"):
        return True
    day = find_first_day(selector, _ANY_TODAY)
    month = _MONTH.fullmatch(selector)
    return (day is not None and day.span[1] == len(selector)
            and _BEFORE_A_DAY.fullmatch(selector[:day.span[0]]) is not None) \
        or (month is not None and month_number(month["month"]) is not None) \
        or _PLACE.fullmatch(selector) is not None


def _away_to(understood: Understood, message: str) -> bool:
    """Away "til"/"to" (not "frem til", "til og med"), after which comes a day or where one
    goes ("til frokost"); "indtil", "until" and "till" say until."""
    before = message[:max(message.find(understood.argument), 0)].casefold().split()
    return before[-1:] in (["til"], ["to"]) and before[-2:-1] != ["frem"]


def _nothing_but_where(line: str) -> bool:
    """After a day, a place as a place is written ("i Ringsted", ", Hækkerupsvej 1", "samme
    sted"), online, a length or a theme, or nothing."""
    parts = read_meeting_line(line, now=_ANY_NOW, tz=ZoneInfo("UTC"))
    if isinstance(parts, LineProblem) or parts.place is None \
            or SAME_PLACE.fullmatch(parts.place):
        return True
    first = re.escape(parts.place.split(", ")[0])
    return re.search(rf"(?:,|{PLACE_MARKER.pattern})\s*{first}", line, re.IGNORECASE) is not None


def standing(understood: Understood | None, message: str, asked: bool) -> Understood | None:
    """The command as it stands, without the day it says does not suit; None if it is no
    such command (`is_no_such_command`)."""
    if understood is None or is_no_such_command(understood, message, asked):
        return None
    return without_the_reason(understood)


def without_the_reason(understood: Understood) -> Understood:
    """A plan or a move read without the day it says does not suit ("flyt næste møde til
    fredag kl. 10, torsdag passer mig ikke" moves to Friday at 10): that is no place."""
    line = understood.argument
    if understood.intent not in (Intent.PLAN_MEETING, Intent.MOVE_MEETING) or not line:
        return understood
    own = _THEME_MARK.split(line, maxsplit=1)[0]
    reason = _reason_at(own)
    if reason is None:
        return understood
    return replace(understood, argument=(own[:reason].rstrip(_BETWEEN) + " "
                                         + line[len(own):]).strip())


def _says_it_does_not_suit(line: str) -> bool:
    """The line goes on to say it does not suit ("flyt næste møde til kl. 12.30 virker ikke for
    mig"), unless another day than its own does not suit (`_reason_at`). A theme ("tema: …")
    may say so."""
    line = _THEME_MARK.split(line, maxsplit=1)[0]
    return _NOT_SUITING.search(line) is not None and _reason_at(line) is None


def _reason_at(line: str) -> int | None:
    """Where another day than the line's own is named right before the words that it does not
    suit, which is why the meeting moves ("fredag kl. 10, torsdag passer mig ikke", "12.
    februar kl. 10-13, den 5. passer ikke for Køge"); None if there is none."""
    words = _NOT_SUITING.search(line)
    if words is None:
        return None
    before = line[:words.start()].rstrip()
    own = [at for at in (_day_at(before), _clock_at(before)) if at is not None]
    named = _day_ending(before)
    return named if named is not None and own and named > min(own) else None


def _day_at(text: str) -> int | None:
    day = find_first_day(text, _ANY_TODAY)
    return None if day is None else day.span[0]


def _day_ending(text: str) -> int | None:
    """Where a day written at the very end of the text begins ("… kl. 10, torsdag" → at
    "torsdag", "fredag 9. februar 2029" → 0, "…, den 5." → at "den"), or None."""
    month_day = _DAY_OF_MONTH.search(text)
    if month_day is not None:
        return month_day.start()
    for start in (word.start() for word in _WORD_START.finditer(text)):
        day = find_first_day(text[start:], _ANY_TODAY)
        if day is not None and day.span[0] == 0 and start + day.span[1] == len(text):
            return start
    return None


def _begins_with_a_day_or_time(text: str) -> bool:
    day, week = find_first_day(text, _ANY_TODAY), find_week(text, _ANY_TODAY)
    return day is not None and day.span[0] == 0 or _clock_at(text) == 0 \
        or week is not None and text.casefold().startswith(week.written.casefold())


def _clock_at(text: str) -> int | None:
    """Where the first time of day is written ("kl. 13", "1pm", "kl. 25" too), or None."""
    clock = find_clock(text)
    if clock is None:
        return None
    return clock.span[0] if isinstance(clock, Clock) else text.find(clock.written)
