"""Answers about several groups in one card, and cards made read-only for a personal chat."""

from datetime import UTC, datetime

from bot.turn import Reply, Voice
from bot.views.group_answers import GroupAnswer, one_card, read_only
from cards import render
from meetings.common.i18n import translations
from tests.card_reading import card_text, elements
from tests.card_samples import HOSTILE, MEETING

NOW = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)
VOICE = Voice(language="da", time_zone="Europe/Copenhagen", now=NOW, base_url="https://x.dk")


def meeting_card(title: str) -> dict:
    return render("meeting", gettext=translations("da").gettext, language="da",
                  heading_text="Næste møde", meeting={**MEETING, "title": title}, notice=None)


def agenda_card() -> dict:
    return render("agenda", gettext=translations("da").gettext, language="da",
                  heading_text="Dagsorden", meeting=MEETING, entries=[], overrun=None,
                  answer=None, document_url="https://x.dk/agenda.docx")


def test_a_read_only_card_keeps_its_links_and_loses_its_buttons_and_inputs():
    card = read_only(agenda_card())
    kinds = {e.get("type") for e in elements(card)}
    assert "Action.Execute" not in kinds and not any(k.startswith("Input.") for k in kinds)
    urls = [e["url"] for e in elements(card) if e.get("type") == "Action.OpenUrl"]
    assert urls == [MEETING["calendar_url"], "https://x.dk/agenda.docx"]
    assert card["body"][0]["text"] == "Dagsorden"


def test_one_group_gets_its_own_answer_unchanged():
    reply = Reply(card=meeting_card("Styregruppen"))
    assert one_card(VOICE, [GroupAnswer("Styregruppen", reply, NOW)]) is reply


def test_several_groups_come_soonest_first_under_their_names_with_one_heading():
    later = GroupAnswer("Netværksgruppe Børn og Unge",
                        Reply(card=meeting_card("Netværksgruppe Børn og Unge")),
                        datetime(2027, 2, 5, 9, 0, tzinfo=UTC))
    sooner = GroupAnswer("Styregruppen", Reply(card=read_only(meeting_card("Styregruppen"))),
                         datetime(2027, 1, 22, 11, 30, tzinfo=UTC))
    none = GroupAnswer("Arbejdsgruppen", Reply(text="Der er ikke planlagt noget møde."), None)
    card = one_card(VOICE, [none, later, sooner]).card
    sections = [c for c in card["body"] if c.get("type") == "Container"]
    names = [s["items"][0]["inlines"][0]["text"] for s in sections]
    assert names == ["Styregruppen", "Netværksgruppe Børn og Unge", "Arbejdsgruppen"]
    assert card["body"][0]["text"] == "Næste møde"
    assert card_text(card).count("Næste møde") == 1
    assert "Der er ikke planlagt noget møde." in card_text(sections[2])
    executes = [e for e in elements(sections[1]) if e.get("type") == "Action.Execute"]
    assert executes and not [e for e in elements(sections[0]) if e.get("type") ==
                             "Action.Execute"]


def test_a_heading_with_markdown_is_escaped_once_on_the_combined_card():
    def answer(name: str, day: int) -> GroupAnswer:
        card = render("meeting", gettext=translations("da").gettext, language="da",
                      heading_text="Møde i [x](https://evil.example)", meeting=MEETING,
                      notice=None)
        return GroupAnswer(name, Reply(card=card), datetime(2027, 2, day, 9, 0, tzinfo=UTC))

    card = one_card(VOICE, [answer("A", 5), answer("B", 6)]).card
    assert card["body"][0]["text"] == "Møde i \\[x\\](https://evil.example)"


def test_a_group_name_stays_plain_text():
    card = one_card(VOICE, [GroupAnswer(HOSTILE, Reply(text="a"), None),
                            GroupAnswer("B", Reply(text="b"), None)]).card
    assert card["body"][0]["text"] == "Dine grupper"
    runs = [e["text"] for e in elements(card) if e.get("type") == "TextRun"]
    assert HOSTILE in runs
    assert all(HOSTILE not in e.get("text", "") for e in elements(card)
               if e.get("type") == "TextBlock")


def test_groups_that_do_not_fit_in_one_card_are_named_instead():
    long = "Et meget langt svar. " * 400
    answers = [GroupAnswer(f"Gruppe {n}", Reply(text=long), datetime(2027, 2, n, tzinfo=UTC))
               for n in range(1, 6)]
    card = one_card(VOICE, answers).card
    text = card_text(card)
    assert "Gruppe 1" in text and "Gruppe 5" in text
    assert "Ikke vist, fordi der ikke var plads:" in text
    shown = [c["items"][0]["inlines"][0]["text"] for c in card["body"]
             if c.get("type") == "Container"]
    assert shown == [f"Gruppe {n}" for n in range(1, len(shown) + 1)] and len(shown) < 5
