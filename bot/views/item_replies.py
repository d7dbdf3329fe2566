"""Words for an item's field that is longer than it may be (which, the limit, and for a title a
line that works), and for an attachment link that is refused (what is wrong with it)."""

from bot.turn import Speaker
from meetings.agenda.items.draft import LINK_NOT_WEB, LINK_TOO_LONG, MAX_URL
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


LINK_EXAMPLE = "https://kommune.sharepoint.com/sites/Netværk/Delte dokumenter/Bilag 1.pdf"


def bad_link_text(speaker: Speaker, details: dict[str, str]) -> str:
    """What is wrong with the attachment link, quoting it, and an address that works."""
    url, why = details.get("url", ""), details.get("why")
    if "limit_links" in details:
        return speaker._("An item can have at most %(limit)s attachment links.",
                         limit=details["limit_links"])
    if why == LINK_TOO_LONG:
        return speaker._("The attachment link is too long: at most %(limit)s characters. Copy "
                         "the file's address again, for example %(example)s",
                         limit=str(MAX_URL), example=LINK_EXAMPLE)
    if why == LINK_NOT_WEB and any(c in url for c in "\r\n\t"):
        return speaker._("The attachment link has a line break or a tab in it; paste the address "
                         "alone, for example %(example)s", example=LINK_EXAMPLE)
    return speaker._("“%(text)s” is not a web address: an attachment link starts with https:// "
                     "and the name of a site, for example %(example)s",
                     text=url, example=LINK_EXAMPLE)
