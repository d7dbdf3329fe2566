"""A group's name made fit to be part of a file name, on a disk and in a download's header."""

import unicodedata

MAX_NAME = 100
# Windows refuses these in a file name; a slash would make a path of it anywhere.
_RESERVED = frozenset('\\/:*?"<>|')


def file_name_part(text: str) -> str:
    """Line breaks, tabs and other control characters become spaces (an HTTP header cannot
    hold them: the download would fail), format characters such as a right-to-left override
    go, and so do reserved characters; spaces run together, at most MAX_NAME characters, no
    dot or space at either end."""
    kept = []
    for character in text:
        kind = unicodedata.category(character)
        if kind in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif kind not in ("Cf", "Cs") and character not in _RESERVED:
            kept.append(character)
    return " ".join("".join(kept).split())[:MAX_NAME].strip(" .")
