"""The answer to a date or month that names no planned meeting: the planned meetings' dates,
and the command asked written for one of them; the meeting in the way of another; and the
meeting begun, which can no longer be moved or cancelled."""

from collections.abc import Mapping
from datetime import date, datetime

from bot.turn import Speaker
from bot.views.examples import example_cancel_line, example_move_line
from meetings.common.dates import format_date, format_long_date, format_meeting_time
from meetings.common.i18n import N_
from meetings.understanding.intents import Intent

# Each command said of a meeting named by its date, as the answer's example.
EXAMPLES = {
    Intent.AGENDA: N_("agenda for the meeting on %(date)s"),
    Intent.ATTENDANCE: N_("who is coming to the meeting on %(date)s?"),
    Intent.DEADLINE: N_("when is the deadline for the meeting on %(date)s?"),
    Intent.SEND_REGRETS: N_("regrets for the meeting on %(date)s"),
    Intent.ATTEND: N_("I am coming to the meeting on %(date)s"),
    Intent.PROPOSE_ITEM: N_("item: Foster families, 20 min, for the meeting on %(date)s"),
    Intent.NOTHING_FROM_US: N_("nothing from us for the meeting on %(date)s"),
    Intent.REVIEW_ITEMS: N_("review items for the meeting on %(date)s"),
    Intent.PUBLISH_AGENDA: N_("publish the agenda for the meeting on %(date)s"),
    Intent.THEME: N_("what is the theme of the meeting on %(date)s?"),
}


def not_planned_text(speaker: Speaker, details: dict[str, str]) -> str:
    """"Intet planlagt møde passer med “12. februar”. De planlagte møder er 5. februar 2027,
    19. februar 2027. Skriv fx: afbud til mødet 19. februar 2027"; the meeting named being
    cancelled, "Mødet fredag den 5. februar 2027 er aflyst." before the planned ones."""
    days = [format_long_date(date.fromisoformat(day), speaker.language)
            for day in details["days"].split()]
    asked = next((intent for intent in EXAMPLES if intent.value == details.get("asked")),
                 Intent.AGENDA)
    example = speaker._(EXAMPLES[asked], date=days[-1]) if days else ""
    if "cancelled" not in details:
        return speaker._("No planned meeting matches “%(date)s”. The planned meetings are on "
                         "%(when)s. Write for example: %(example)s", date=details["date"],
                         when=", ".join(days), example=example)
    starts_at = datetime.fromisoformat(details["cancelled"]).astimezone(speaker.tz)
    said = [speaker._("The meeting on %(date)s is cancelled.",
                      date=format_date(starts_at.date(), speaker.language))]
    if days:
        said.append(speaker._("The planned meetings are on %(when)s. Write for example: "
                              "%(example)s", when=", ".join(days), example=example))
    return " ".join(said)


# Why a meeting keeps its day, by the state MEETING_BEGUN names.
BEGUN = {
    "held": N_("The meeting %(when)s has been held, so it can no longer be moved or cancelled."),
    "under_way": N_("The meeting %(when)s is under way, so it can no longer be moved or "
                    "cancelled."),
    "minutes": N_("The meeting %(when)s already has minutes, so it can no longer be moved or "
                  "cancelled."),
}


def begun_text(speaker: Speaker, details: Mapping[str, str], *, line: bool = True) -> str:
    """"Mødet fredag den 5. februar 2027 kl. 10.00–13.00 er holdt, så det kan ikke længere
    flyttes eller aflyses. Skriv fx: aflys næste møde" — "næste møde" being the next one not
    begun, the example works as written. Under a form's row (`line` False) no chat line."""
    when = format_meeting_time(datetime.fromisoformat(details["starts_at"]),
                               datetime.fromisoformat(details["ends_at"]), speaker.tz,
                               speaker.language)
    text = speaker._(BEGUN.get(details.get("state", ""), BEGUN["held"]), when=when)
    if not line:
        return text
    written = example_move_line if details.get("action") == "move" else example_cancel_line(None)
    example = written(speaker.now, speaker.tz, speaker.language)
    return " ".join((text, speaker._("Write for example: %(example)s", example=example)))


def overlap_text(speaker: Speaker, details: Mapping[str, str]) -> str:
    """"Der er allerede et møde på det tidspunkt. Det andet møde er fredag den 12. februar 2027
    kl. 10.00–13.00." — or, between two rows of one form, "Række 1 er også på det
    tidspunkt."."""
    text = speaker._("There is already a meeting at that time.")
    if "row" in details:
        also = speaker._("Row %(number)s is at that time too.", number=details["row"])
        return " ".join((text, also))
    if "starts_at" in details and "ends_at" in details:
        when = format_meeting_time(datetime.fromisoformat(details["starts_at"]),
                                   datetime.fromisoformat(details["ends_at"]), speaker.tz,
                                   speaker.language)
        return " ".join((text, speaker._("The other meeting is %(when)s.", when=when)))
    return text
