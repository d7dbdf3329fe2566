"""An agenda item as a member wrote it, and the checks it must pass before it is stored."""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, urlsplit, urlunsplit

from meetings.agenda.entities import AgendaItem
from meetings.agenda.vocabulary import ItemKind
from meetings.common.refusal import BAD_ITEM, Refusal

MIN_MINUTES, MAX_MINUTES = 5, 180
MAX_TEXT = 5000  # a sagsfremstilling fits, and the agenda card stays under Teams' 28 KB
MAX_LINKS, MAX_URL = 10, 2000
# What a link's path, query and fragment keep as written: reserved characters and escapes
# already made ("%20"); spaces and letters such as æ, ø and å are encoded as a browser does.
_URL_SAFE = "/:@!$&'()*+,;=~%?#[]"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")  # "50% rabat": a percent sign, no escape
# Why a link was refused, for the words that say so: not a web address, or too long.
LINK_NOT_WEB, LINK_TOO_LONG = "not_web", "too_long"
LIMITS = {"title": 200, "presenter": 200, "guests": 500, "description": MAX_TEXT,
          "recommendation": MAX_TEXT}


@dataclass(frozen=True)
class ItemDraft:
    title: str
    kind: str = ItemKind.DISCUSSION
    minutes: int | None = None  # None: the group's default item length
    description: str | None = None  # sagsfremstilling
    recommendation: str | None = None  # indstilling
    presenter: str | None = None
    guests: str | None = None  # "Heidi Madsen (Bakkehuset)": they come for this item only
    links: Sequence[Mapping[str, str]] = ()  # bilag: [{"title": …, "url": …}]


def draft_of(item: AgendaItem) -> ItemDraft:
    return ItemDraft(title=item.title, kind=item.kind, minutes=item.minutes,
                     description=item.description, recommendation=item.recommendation,
                     presenter=item.presenter, guests=item.guests, links=tuple(item.links))


def checked_fields(draft: ItemDraft, default_minutes: int) -> dict:
    """The draft as column values, or a Refusal naming the first field that is wrong."""
    fields = {name: _text(name, getattr(draft, name)) for name in LIMITS}
    if not fields["title"]:
        raise Refusal(BAD_ITEM, field="title")
    if draft.kind not in set(ItemKind):
        raise Refusal(BAD_ITEM, field="kind")
    minutes = default_minutes if draft.minutes is None else draft.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise Refusal(BAD_ITEM, field="minutes")
    return {**fields, "kind": str(draft.kind), "minutes": minutes,
            "links": checked_links(draft.links)}


def checked_links(links: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """Only http(s) links with a host: a javascript: or file: link must never reach a card. A
    path as Word's "Kopiér sti" gives it, with spaces and æøå, is taken percent-encoded."""
    if isinstance(links, str | bytes) or len(links) > MAX_LINKS:
        raise Refusal(BAD_ITEM, field="links", limit_links=str(MAX_LINKS))
    checked = []
    for link in links:
        written = str(link.get("url", "")).strip() if isinstance(link, Mapping) else ""
        url = _encoded(written)
        parts = _parts(url)
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname \
                or any(c.isspace() or ord(c) < 32 for c in url):
            raise Refusal(BAD_ITEM, field="links", url=written[:200], why=LINK_NOT_WEB)
        if len(url) > MAX_URL:
            raise Refusal(BAD_ITEM, field="links", url=written[:200], why=LINK_TOO_LONG)
        title = str(link.get("title") or "").strip()[:200] or written
        checked.append({"title": title, "url": url})
    return checked


def _encoded(url: str) -> str:
    """The address with spaces and non-ASCII letters after the host percent-encoded ("Delte
    dokumenter/Bilag 1.pdf" -> "Delte%20dokumenter/Bilag%201.pdf"); a line break or a tab is
    left for the check to refuse, as no browser would take it either."""
    parts = _parts(url)
    if parts is None or any(ord(c) < 32 or ord(c) == 127 for c in url):
        return url
    return urlunsplit((parts.scheme, parts.netloc, *(
        quote(_LONE_PERCENT.sub("%25", part), safe=_URL_SAFE)
        for part in (parts.path, parts.query, parts.fragment))))


def _parts(url: str) -> SplitResult | None:
    """The address's parts; None for one that cannot be read ("https://[x")."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise Refusal(BAD_ITEM, field=name)
    value = value.strip()
    if len(value) > LIMITS[name]:
        raise Refusal(BAD_ITEM, field=name, limit=str(LIMITS[name]))
    return value or None
