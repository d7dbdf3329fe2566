"""The inputs on the import preview for what the reader was unsure of: the minute-taker when no
label named one, the date and time when no end time was written, the place when none was, and
a choice for each line nothing read. Their ids are those meetings.minutes.importing.corrections
reads back when *Importér* is clicked; the refusals of a fix that does not fit are worded here.
"""

from datetime import time
from typing import Any

from bot.turn import Speaker
from bot.views.replies import more_text
from meetings.common.dates import format_clock, format_clock_span
from meetings.common.i18n import N_
from meetings.minutes.importing import corrections as fix
from meetings.minutes.importing.found import (
    MEETINGS_THAT_DAY,
    ImportedMinutes,
    ImportProblem,
    MinutesReading,
)
from meetings.minutes.importing.report import PROBLEMS

TAKER_CHOICES = 2  # the minute-taker's choices: this many times the card's line limit

REFUSALS = {
    fix.FIELD_TAKER: N_("The minute-taker must be one of the participants on the card, or "
                        "“nobody named”. Choose again in the list and click Import."),
    fix.FIELD_DAY: N_("“%(text)s” is not a date. Choose the day of the meeting in the date "
                      "field and click Import. Nothing was imported."),
    fix.FIELD_TIME: N_("The meeting must end after it starts (%(text)s). Choose the times "
                       "again and click Import. Nothing was imported."),
    fix.FIELD_PLACE: N_("The place can be at most 200 characters, for example “Holbæk "
                        "Rådhus, mødelokale 3”. Nothing was imported."),
    fix.FIELD_LINE: N_("The minutes have no such line to place (“%(text)s”). Send the "
                       "minutes again to get a fresh preview. Nothing was imported."),
    fix.FIELD_ITEM: N_("To add a line as a note, write the number of an item the minutes "
                       "have, for example 3 (not “%(text)s”). Nothing was imported."),
}
FOLLOW_UP_REFUSAL = N_("This card cannot be used: it does not come from an import. Nothing "
                       "was changed.")


def refusal_text(speaker: Speaker, details: dict[str, str]) -> str:
    field = details.get("field", "")
    if field not in REFUSALS:
        return speaker._(FOLLOW_UP_REFUSAL)
    value = details.get("value", "")
    if field == fix.FIELD_TIME:
        value = _span_written(value, speaker.language)
    return speaker._(REFUSALS[field], text=value)


def _span_written(value: str, language: str) -> str:
    """"10:00–09:00" as the domain reports it, written as the cards write a time span."""
    start, _, end = value.partition("–")
    try:
        return format_clock_span(time.fromisoformat(start), time.fromisoformat(end), language)
    except ValueError:
        return value


def fixes(speaker: Speaker, reading: MinutesReading, limit: int) -> dict[str, Any]:
    """The template's `fixes`: what to show an input for, each with its value as read."""
    minutes = reading.minutes
    assert minutes is not None
    loose = fix.loose_lines(reading)
    return {
        "taker": _taker(speaker, minutes, limit * TAKER_CHOICES)
        if fix.taker_uncertain(minutes) else None,
        "time": {"day": minutes.day.isoformat(), "starts": f"{minutes.starts:%H:%M}",
                 "ends": f"{minutes.ends:%H:%M}"} if fix.time_uncertain(reading) else None,
        "place": not minutes.place and not minutes.online,
        "lines": [{"id": f"{fix.PREFIX}line_{p.line}", "text": problem_line(speaker, p)}
                  for p in loose[:limit]],
        "lines_more": more_text(speaker, len(loose) - limit) or "",
        "last_item": max((item.number for item in minutes.items), default=1),
    }


def is_loose(problem: ImportProblem) -> bool:
    """A line shown with its own choice, so not among the other problems."""
    return problem.code in (fix.LINE_NOT_PLACED, fix.ROW_NOT_PLACED) and bool(problem.line) \
        and bool(problem.text)


def _taker(speaker: Speaker, minutes: ImportedMinutes, most: int) -> dict[str, Any]:
    guess = minutes.present.index(minutes.minute_taker) \
        if minutes.minute_taker in minutes.present else None
    shown = [n for n in range(len(minutes.present)) if n < most or n == guess]
    choices = [{"title": minutes.present[n].label, "value": str(n)} for n in shown]
    choices.append({"title": speaker._("Nobody named"), "value": fix.NO_TAKER})
    why = speaker._("Minute-taker (not named as such: taken to be whoever signed)") \
        if minutes.minute_taker else speaker._("Minute-taker (none named in the minutes)")
    return {"label": why, "choices": choices,
            "value": str(guess) if guess is not None else fix.NO_TAKER}


def problem_line(speaker: Speaker, problem: ImportProblem) -> str:
    """"Linje 14: en række, der ikke er et dagsordenspunkt: …" in the reader's language."""
    words = speaker._(PROBLEMS[problem.code]) if problem.code in PROBLEMS else problem.code
    where = speaker._("Line %(line)s: ", line=problem.line) if problem.line else ""
    text = _clock_times(speaker, problem.text) if problem.code == MEETINGS_THAT_DAY \
        else problem.text
    return f"{where}{words}{': ' + text if text else ''}"


def _clock_times(speaker: Speaker, times: str) -> str:
    """"10:00, 14:00" as the reader writes times: "kl. 10.00, kl. 14.00", "10:00, 14:00"."""
    return ", ".join(
        speaker._("at %(when)s", when=format_clock(time.fromisoformat(t), speaker.language))
        for t in times.split(", ") if t)
