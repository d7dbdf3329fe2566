"""Words for an item's field that is longer than it may be: which, the limit, and for a title a
line that works."""

from bot.turn import Speaker
from meetings.common.i18n import N_

ITEM_LINE = N_("item: Foster families – recruitment and retention, 20 min, Lotte")


def too_long_item_text(speaker: Speaker, details: dict[str, str], *, line: bool = True) -> str:
    """"Et punkts titel kan højst være 200 tegn; …. Skriv fx: punkt: …"; on the item's form,
    which shows what to fill in (`line` False), without a line to copy."""
    limit = details["limit"]
    if details.get("field") == "title" and not line:
        return speaker._("An item's title can be at most %(limit)s characters; put the rest in "
                         "its case description.", limit=limit)
    if details.get("field") == "title":
        return speaker._("An item's title can be at most %(limit)s characters; put the rest in "
                         "its case description on the item's form. Write for example: "
                         "%(example)s", limit=limit, example=speaker._(ITEM_LINE))
    return speaker._("That is too long for the item: at most %(limit)s characters, please.",
                     limit=limit)
