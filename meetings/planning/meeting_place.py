"""Where a meeting line says the meeting is: a place, online in Teams, or both."""

import re

CUT = "\x00"  # stands in for text already understood, so positions stay put

# Where the place begins; "at 10" and "i 2 timer" are not places.
PLACE_MARKER = re.compile(
    r"(?<!\w)(?:(?:i|in|at|på)\s+(?!kl\b|klokken\b|\d)|(?:sted|adresse|address|location|place)\s*:)",
    re.IGNORECASE,
)
_ONLINE = re.compile(
    r"(?<![\w/.])(?:(?:(?:på|via|i|on|over|in)\s+)?(?:microsoft\s+)?teams(?:-?møde)?"
    r"|online|virtuel(?:t)?|virtual(?:ly)?)(?!\w)",
    re.IGNORECASE,
)
# Separators and place words left at the edges of a piece once date and time are cut out.
_PIECE_HEAD = re.compile(
    r"^[\s,;:/+&–—-]*(?:(?:og|and|samt)\s+)?"
    r"(?:(?:i|in|at|på)\s+|(?:sted|adresse|address|location|place)\s*:\s*)?",
    re.IGNORECASE,
)
# Remarks in brackets where a piece begins, "kl. 12.30-15 (frokost fra 12) på Teams": a place
# never begins with a bracket, so these remark on the time and are no place. After the place,
# "i Ringsted (Hækkerupsvej 1)", a bracket is the place's own detail and stays.
_LEADING_REMARKS = re.compile(r"^(?:[\s,;:/+&–—-]*\([^()]*\))+")
_PIECE_TAIL = re.compile(
    r"(?:[\s,;:/+&.–—-]|(?<!\w)(?:og|and|samt|eller|or)(?!\w))*$", re.IGNORECASE
)


# A Teams meeting's join link, pasted from the invitation: where to join, never the place.
_JOIN_LINK = re.compile(r"<?\(?(?P<link>https://teams\.(?:microsoft|live)\.com/[^\s()<>]+)"
                        r"[)>]?", re.IGNORECASE)


def join_link(text: str) -> tuple[str, str | None]:
    """The text without a Teams join link in it, in brackets or not, and the link."""
    found = _JOIN_LINK.search(text)
    if found is None:
        return text, None
    link = found["link"].rstrip(".,;:")
    return text[:found.start()] + CUT + text[found.end():], link


def online_and_place(text: str) -> tuple[bool, str | None]:
    """Whether the text says online, and the place it names, once date and time are cut out."""
    online = _ONLINE.search(text) is not None
    pieces = (_clean_piece(piece) for piece in _ONLINE.sub(CUT, text).split(CUT))
    place = ", ".join(piece for piece in pieces if piece)
    return online, place or None


def _clean_piece(piece: str) -> str:
    piece = _LEADING_REMARKS.sub("", piece)
    return _PIECE_TAIL.sub("", _PIECE_HEAD.sub("", piece)).strip()
