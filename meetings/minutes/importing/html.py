"""Minutes pasted out of Word or a web page keep remnants of their markup: <p>, <ul><li>, <b>,
<a href>, Markdown links and bold. They are reduced to plain lines, one per paragraph or list
point, so the referat reads as text."""

import html
import re

_BLOCK = re.compile(r"</?\s*(?:p|li|ul|ol|br|div|tr|table|h\d)\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_BOLD = re.compile(r"<b\b[^<>]*>(.*?)</b\s*>", re.IGNORECASE | re.DOTALL)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_STRONG = re.compile(r"\*\*")
_EMPHASISED_LINE = re.compile(r"^\*(\S.*\S)\*$")


def text_lines(markup: str) -> list[str]:
    """The text of a cell or line, a paragraph or list point per line, blank lines left out."""
    text = _BLOCK.sub("\n", markup)
    text = html.unescape(_TAG.sub("", text))
    text = _MARKDOWN_STRONG.sub("", _MARKDOWN_LINK.sub(r"\1", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [_EMPHASISED_LINE.sub(r"\1", line) for line in lines if line]


def plain(markup: str) -> str:
    """The text on one line."""
    return " ".join(text_lines(markup))


def bold_parts(markup: str) -> list[str]:
    """The text of each <b>…</b>, in order: a heading's title written in bold."""
    return [text for part in _BOLD.findall(markup) if (text := plain(part))]


def without_bold(markup: str) -> str:
    return _BOLD.sub(" ", markup)
