"""The answer to a date or month that names no planned meeting: the planned meetings' dates,
and the command asked written for one of them."""

from datetime import date

from bot.turn import Speaker
from meetings.common.dates import format_long_date
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
}


def not_planned_text(speaker: Speaker, details: dict[str, str]) -> str:
    """"Intet planlagt møde passer med “12. februar”. De planlagte møder er 5. februar 2027,
    19. februar 2027. Skriv fx: afbud til mødet 19. februar 2027"."""
    days = [format_long_date(date.fromisoformat(day), speaker.language)
            for day in details["days"].split()]
    asked = next((intent for intent in EXAMPLES if intent.value == details.get("asked")),
                 Intent.AGENDA)
    example = speaker._(EXAMPLES[asked], date=days[-1])
    return speaker._("No planned meeting matches “%(date)s”. The planned meetings are on "
                     "%(when)s. Write for example: %(example)s", date=details["date"],
                     when=", ".join(days), example=example)
