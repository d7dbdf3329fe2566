"""The text a member wrote, read off a Teams message activity: a quoted message in front of it
is cut off, and only when it is really there."""

from botbuilder.schema import Activity

from bot.teams.activity_facts import text_without_mention
from bot.teams.message_text import message_text

QUOTE = ('<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="17">'
         '<strong itemprop="mri" itemid="8:orgid:aad-rie">Rie Nielsen</strong>'
         '<span itemprop="time" itemid="17"></span><p itemprop="preview">Mødet er flyttet '
         'til Ringsted &amp; starter kl. 10</p></blockquote>')


def activity(text: str, html: str | None = None) -> Activity:
    return Activity().deserialize({
        "type": "message", "text": text, "recipient": {"id": "28:bot", "name": "Mødebot"},
        "entities": [{"type": "mention", "text": "<at>Mødebot</at>",
                      "mentioned": {"id": "28:bot", "name": "Mødebot"}}],
        "attachments": [{"contentType": "text/html", "content": html}] if html else []})


def test_the_quote_with_its_senders_name_is_cut_off_whatever_the_spacing():
    for text in ("Rie Nielsen\r\nMødet er flyttet til Ringsted & starter kl. 10\r\n"
                 "<at>Mødebot</at> tak",
                 "Rie NielsenMødet er flyttet til Ringsted & starter kl. 10 <at>Mødebot</at> tak"):
        assert text_without_mention(activity(text, QUOTE + "<p>Mødebot tak</p>")) == "tak"


def test_a_quote_without_its_senders_name_in_the_text_is_cut_off_too():
    written = activity("Mødet er flyttet til Ringsted & starter kl. 10\n<at>Mødebot</at> tak",
                       QUOTE + "<p>Mødebot tak</p>")
    assert text_without_mention(written) == "tak"


def test_text_that_does_not_start_with_the_quote_is_left_whole():
    text = "Jeg er enig med Rie Nielsen"
    assert message_text(activity(text, QUOTE + f"<p>{text}</p>")) == text


def test_without_a_quote_the_text_is_the_text_and_the_activity_is_left_as_sent():
    sent = activity("<at>Mødebot</at> hvornår er næste møde?",
                    "<p><at>Mødebot</at> hvornår er næste møde?</p>")
    assert text_without_mention(sent) == "hvornår er næste møde?"
    assert sent.text == "<at>Mødebot</at> hvornår er næste møde?"


def test_pasted_text_reads_as_typed_in_teams():
    pasted = activity("<at>Mødebot</at>\u00a0punkt: Pleje\u00adfamilier\u200b &amp; "
                      "rekruttering&nbsp;i A\u030arhus")
    assert text_without_mention(pasted) == "punkt: Plejefamilier & rekruttering i Århus"


def test_a_quote_with_entities_is_cut_off_from_text_that_has_them_too():
    text = "Rie Nielsen Mødet er flyttet til Ringsted &amp; starter kl. 10 <at>Mødebot</at> tak"
    assert text_without_mention(activity(text, QUOTE)) == "tak"


def test_a_bullet_or_number_in_front_of_a_minutes_line_goes_and_elsewhere_stays():
    pasted = activity("#punkt 4\r\n\u2022\t#beslutning Flere\r\n  2) #opgave Rie ringer\r\n"
                      "- husk kage\r\n3. Eventuelt")
    assert message_text(pasted) == \
        "#punkt 4\r\n#beslutning Flere\r\n#opgave Rie ringer\r\n- husk kage\r\n3. Eventuelt"


def test_an_ampersand_in_words_is_no_entity_without_its_semicolon():
    written = "punkt: Referat&noter og takst&regler, Q&A &amp; R&D"
    assert message_text(activity(written)) == "punkt: Referat&noter og takst&regler, Q&A & R&D"
