"""Text made `literal` for a TextBlock reads as written once Markdown has rendered it, and
ordinary Danish text is not changed at all."""

import pytest
from markdown_it.common.utils import escapeHtml

from cards.markdown import literal, unescaped
from tests.card_reading import COMMONMARK
from tests.card_samples import HOSTILE

MARKDOWN = ["[x](https://evil.example)", "**vigtigt** _nu_", "![billede](https://x.dk/a.png)",
            "<https://evil.example>", "<b>fed</b>", "`kode`", "~~slettet~~", "&amp; &#35;",
            "a\\*b\\", "1. oktober", "12) punkt", "- punkt", "+ punkt", "* punkt", "# Overskrift",
            "###### Overskrift", "> citat", "---", "***", "___", "Mødet\n===", "Mødet\n--",
            "Mødet\n2. oktober\n- punkt", "Netværksgruppe [Børn](x) og *Unge*", HOSTILE]
DANISH = ["Netværksgruppe Børn og Unge – æøå ÆØÅ", "jf. § 32, stk. 2", "kl. 10.00–12.00",
          "Mødet 1. oktober", "pkt. 5", "fredag den 12. februar 2027", "Bilag (2): budget 2027",
          "R&D-gruppen", "#punkt 4", "-5 grader", "50 % af 1.000 kr.", "C:\\Referater\\2027",
          "“Sådan gør vi” – Psykiatrien?!", "Heidi Madsen (Bakkehuset); Rie/Lotte"]


def rendered(text: str) -> str:
    return COMMONMARK.render(text)


def as_written(text: str) -> str:
    return f"<p>{escapeHtml(text)}</p>\n"


@pytest.mark.parametrize("text", MARKDOWN)
def test_markdown_in_a_name_or_title_reads_as_written(text):
    assert rendered(text) != as_written(text)  # the check can fail: unescaped, it is Markdown
    assert rendered(literal(text)) == as_written(text)


@pytest.mark.parametrize("text", DANISH)
def test_ordinary_danish_text_is_not_changed(text):
    assert literal(text) == text
    assert rendered(text) == as_written(text)


def test_a_group_name_and_a_task_title_are_escaped_where_markdown_would_read_them():
    assert literal("[x](https://evil.example)") == "\\[x\\](https://evil.example)"
    assert literal("**vigtigt** _nu_") == "\\*\\*vigtigt\\*\\* \\_nu\\_"


def test_a_date_starting_a_line_is_escaped_there_only():
    assert literal("1. oktober") == "1\\. oktober"
    assert literal("Mødet\n1. oktober 1. gang") == "Mødet\n1\\. oktober 1. gang"
    assert literal("Mødet\r\n12) punkt") == "Mødet\r\n12\\) punkt"


def test_a_date_function_is_not_evaluated():
    assert "{{" not in literal("{{DATE(2027-01-01T00:00:00Z, SHORT)}}")


@pytest.mark.parametrize("text", MARKDOWN + DANISH)
def test_unescaped_gives_back_the_text(text):
    assert unescaped(literal(text)) == text
