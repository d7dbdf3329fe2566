"""An item proposed over several lines keeps them: "punkt: Plejefamilier, 20 min", Shift+Enter,
"Vi vil gerne drøfte …" is the item on the first line and what it is about under it, where the
command table, which reads a message on one line, would make it all the title."""

from meetings.understanding.meaning import Intent, Understood


def with_line_breaks(understood: Understood, text: str) -> str:
    """The argument as written in `text`, line breaks kept, for an item proposed in a line
    over several lines; the argument as read otherwise, or when `text` does not hold it."""
    if understood.intent != Intent.PROPOSE_ITEM or understood.selector \
            or "\n" not in text.strip():
        return understood.argument
    return _as_written(understood.argument, text) or understood.argument


def _as_written(argument: str, text: str) -> str | None:
    """The last stretch of `text` that is `argument`, spaces and line breaks aside, with the
    closing punctuation the reading dropped."""
    wanted = "".join(argument.split())
    if not wanted:
        return None
    at = [index for index, char in enumerate(text) if not char.isspace()]
    squeezed = "".join(text[index] for index in at)
    found = squeezed.rfind(wanted)
    if found < 0:
        return None
    start, end = at[found], at[found + len(wanted) - 1] + 1
    if not text[end:].strip(" \t\r\n?!."):  # the closing punctuation the reading dropped
        end = len(text.rstrip())
    return text[start:end]
