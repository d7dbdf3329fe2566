"""Text for a TextBlock that shows as written: Teams renders a Markdown subset there, so a group
named "[x](https://evil)" would be a link and "**vigtigt**" bold.

Only what Markdown would read is escaped, with a backslash, which Teams (as CommonMark) shows
as nothing: "§ 32", "kl. 10.00" and "pkt. 5" are left as they are, and "1. oktober" gets a
backslash only at the start of a line, where it would be item 1 of a numbered list.
"""

import re

# Anywhere in a line: emphasis, links and images, code, strikethrough, autolinks and HTML
# (<at> too), {{DATE(…)}} functions, and a backslash that would itself escape what follows.
_INLINE = re.compile(r"[*_`~\[\]<{]|\\(?=[!-/:-@\[-`{-~])|&(?=#?\w+;)")
# At the start of a line (after up to three spaces): a numbered or bulleted list item, a
# heading, a quote, a rule or a heading's underline. `*` and `_` are escaped anywhere already.
_BLOCK = re.compile(r"^ {0,3}(?:\d{1,9}(?=[.)](?:[ \t]|\Z))|(?=[-+](?:[ \t]|\Z))"
                    r"|(?=#{1,6}(?:[ \t]|\Z))|(?=>)|(?=(?:-[ \t]*){2,}\Z)|(?==+[ \t]*\Z))")
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def literal(text: str) -> str:
    """`text` escaped so a TextBlock shows it as written."""
    text = _INLINE.sub(lambda found: "\\" + found.group(), text)
    # The line breaks are kept in the list, at odd places, and so put back as they were.
    return "".join(_BLOCK.sub(lambda found: found.group() + "\\", line, count=1)
                   for line in _LINE_BREAK.split(text))


def unescaped(text: str) -> str:
    """What a TextBlock shows of `text`, as far as its escapes go: `literal`'s inverse."""
    return _ESCAPED.sub(r"\1", text)
