"""Every card template renders with sample data into a valid Adaptive Card 1.5."""

import json
from importlib.resources import files

import jsonschema
import pytest
from babel.messages.pofile import read_po

from bot.views.tasks import MAX_LISTED
from cards import CardTooLarge, render, template_names
from meetings.common.i18n import translations
from tests.card_reading import card_text, elements
from tests.card_samples import (
    GROUP_MEETING,
    HOSTILE,
    MEETING,
    QUESTION,
    SAMPLES,
    TASK,
    VARIANTS,
)


@pytest.fixture(scope="module")
def schema() -> dict:
    source = files("adaptive_cards").joinpath("schemas/schema-1.5.json")
    return json.loads(source.read_text(encoding="utf-8"))


def test_every_template_has_sample_data():
    assert sorted(SAMPLES) == template_names()


@pytest.mark.parametrize(("name", "shows"), [
    ("meeting_list-year", ("Møder i 2030", "Gruppen har ingen møder i 2030.")),
    ("task_reminders-groups", ("Styregruppen · Frist om 2 arbejdsdage",))])
def test_the_gallerys_variants_are_valid_cards_that_show_their_difference(name, shows, schema):
    template, context = VARIANTS[name]
    card = render(template, gettext=translations("da").gettext, language="da", **context)
    jsonschema.validate(card, schema)
    assert all(words in card_text(card) for words in shows)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_meeting_card_a_group_gets_is_valid_with_a_refresh_and_without_move(language,
                                                                               schema):
    card = render("meeting", gettext=translations(language).gettext, language=language,
                  **GROUP_MEETING)
    jsonschema.validate(card, schema)
    refresh = card["refresh"]
    assert len(refresh["userIds"]) == 60 and refresh["userIds"][0] == "29:1leader-0"
    assert refresh["action"]["verb"] == "meeting.view"
    assert refresh["action"]["data"] == {"meeting_id": 7, "heading": HOSTILE, "cycle": True,
                                         "lang": language}
    verbs = {e.get("verb") for e in elements(card["body"])}
    assert not verbs & {"meeting.edit", "meeting.cancel"}


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_template_is_a_valid_adaptive_card_1_5(name, language, schema):
    card = render(name, gettext=translations(language).gettext, language=language,
                  **SAMPLES[name])
    jsonschema.validate(card, schema)
    assert card["version"] == "1.5"
    assert len(json.dumps(card).encode()) < 28 * 1024


def choice_buttons(card: dict) -> list[dict]:
    """The buttons of a question card, each a row of its own in the card's body."""
    rows = [e["actions"] for e in card["body"] if e.get("type") == "ActionSet"]
    assert all(len(row) == 1 for row in rows) and "actions" not in card
    return [button for row in rows for button in row]


@pytest.mark.parametrize("name", ["task_owner", "minutes_owner"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_question_about_a_name_nobody_has_is_valid_and_keeps_the_name_plain(name, language,
                                                                               schema):
    members = [{"id": 3, "name": "Rie Nielsen"}, {"id": 4, "name": HOSTILE}]
    card = render(name, gettext=translations(language).gettext, language=language,
                  **{**SAMPLES[name], "unknown": HOSTILE, "candidates": [], "members": members})
    jsonschema.validate(card, schema)
    blocks = [e for e in elements(card) if e.get("type") == "TextBlock"]
    assert all(HOSTILE not in b["text"] for b in blocks)
    [outside, choose] = choice_buttons(card)
    assert outside["data"]["owner_name"] == HOSTILE and "owner_id" not in outside["data"]
    [give] = choose["card"]["actions"]
    assert outside["data"]["question"] == give["data"]["question"] == QUESTION
    [picker] = [e for e in elements(choose["card"]) if e.get("type") == "Input.ChoiceSet"]
    assert [c["value"] for c in picker["choices"]] == ["3", "4"] and picker["isRequired"]


@pytest.mark.parametrize("name", ["task_owner", "minutes_owner"])
@pytest.mark.parametrize("language, said", [
    ("da", "Opgaven nævner flere personer, og en opgave har én ansvarlig."),
    ("en", "The task names more than one person, and a task has one owner."),
])
def test_the_question_about_a_task_naming_several_members_is_valid_and_says_why(
        name, language, said, schema):
    card = render(name, gettext=translations(language).gettext, language=language,
                  **{**SAMPLES[name], "several": True})
    jsonschema.validate(card, schema)
    assert said in card_text(card)
    assert "More than one member has that name" not in card_text(card)


@pytest.mark.parametrize("name", ["task_owner", "minutes_owner"])
@pytest.mark.parametrize("language, outside", [("da", "uden for gruppen"),
                                               ("en", "outside the group")])
def test_a_person_outside_the_group_named_with_members_has_a_button_saying_so(
        name, language, outside, schema):
    card = render(name, gettext=translations(language).gettext, language=language,
                  **{**SAMPLES[name], "several": True, "outsiders": [HOSTILE]})
    jsonschema.validate(card, schema)
    *members, person = choice_buttons(card)
    assert [m["data"]["owner_id"] for m in members] == [3, 5]
    assert person["title"] == f"{HOSTILE} ({outside})"
    assert person["data"]["owner_name"] == HOSTILE and "owner_id" not in person["data"]
    assert person["data"]["question"] == QUESTION


def test_a_task_list_read_without_its_buttons_is_valid_and_offers_no_row_to_open(schema):
    card = render("task_list", gettext=translations("da").gettext, language="da",
                  **{**SAMPLES["task_list"], "openable": False})
    jsonschema.validate(card, schema)
    assert "Vis ▾" not in card_text(card) and HOSTILE in card_text(card)
    assert not [e for e in elements(card) if "selectAction" in e]


def test_the_schema_check_can_fail(schema):
    card = render("notice", gettext=str, language="da", heading_text="x", text="y")
    card["body"][0]["type"] = "TextBlok"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(card, schema)




def test_hostile_user_text_stays_plain_text_in_text_runs_only():
    meeting = {**MEETING, "title": HOSTILE, "place": HOSTILE, "theme": HOSTILE}
    card = render("meeting", gettext=str, language="da", heading_text="Næste møde", meeting=meeting,
                  notice=None)
    runs = [e for e in elements(card) if e.get("type") == "TextRun"]
    blocks = [e for e in elements(card) if e.get("type") == "TextBlock"]
    assert [r["text"] for r in runs].count(HOSTILE) == 3
    assert all(HOSTILE not in b["text"] for b in blocks)


@pytest.mark.parametrize(("name", "heading", "escaped"), [
    ("notice", "[x](https://evil.example)", "\\[x\\](https://evil.example)"),
    ("task_form", "Ny opgave i [x](https://evil.example) 1. oktober",
     "Ny opgave i \\[x\\](https://evil.example) 1. oktober")])
def test_a_group_name_in_a_heading_is_escaped_and_the_card_valid(name, heading, escaped, schema):
    card = render(name, gettext=translations("da").gettext, language="da",
                  **{**SAMPLES[name], "heading_text": heading})
    jsonschema.validate(card, schema)
    assert card["body"][0]["text"] == escaped


def test_a_task_title_in_markdown_is_shown_as_written_and_the_card_valid(schema):
    title = "**vigtigt** _nu_"
    card = render("task", gettext=translations("da").gettext, language="da",
                  **{**SAMPLES["task"], "task": {**TASK, "title": title}})
    jsonschema.validate(card, schema)
    runs = [e["text"] for e in elements(card) if e.get("type") == "TextRun"]
    assert title in runs  # a TextRun shows it as written: Teams renders no Markdown there
    assert all(title not in e["text"] for e in elements(card) if e.get("type") == "TextBlock")


def test_what_a_move_changed_names_the_place_as_plain_text_only():
    card = render("meeting", gettext=str, language="da", **SAMPLES["meeting"])
    runs = [e["text"] for e in elements(card) if e.get("type") == "TextRun"]
    blocks = [e["text"] for e in elements(card) if e.get("type") == "TextBlock"]
    assert any(HOSTILE in run for run in runs)
    assert not any(HOSTILE in block for block in blocks)


def test_a_quote_in_user_text_cannot_add_cardelements():
    sneaky = '", "type": "Action.OpenUrl", "url": "https://evil.example'
    card = render("meeting", gettext=str, language="da", heading_text="x",
                  meeting={**MEETING, "title": sneaky}, notice=None)
    urls = [e["url"] for e in elements(card) if "url" in e]
    assert urls == [MEETING["calendar_url"]]


def test_cards_are_translated():
    danish = render("help", gettext=translations("da").gettext, language="da", **SAMPLES["help"])
    english = render("help", gettext=translations("en").gettext, language="en", **SAMPLES["help"])
    assert danish["body"][0]["text"] == "Det kan Mødebot"
    assert english["body"][0]["text"] == "What Mødebot can do"


def test_an_oversized_card_is_refused():
    many = [{**MEETING, "id": i, "place": "x" * 300} for i in range(200)]
    with pytest.raises(CardTooLarge):
        render("meeting_list", gettext=str, language="da", heading_text="x", meetings=many,
               example="x")


def test_buttons_carry_the_language_the_card_was_shown_in():
    card = render("meeting", gettext=str, language="en", heading_text="x", meeting=MEETING,
                  notice=None)
    executes = [a for a in elements(card) if a.get("type") == "Action.Execute"]
    assert executes and all(a["data"]["lang"] == "en" for a in executes)


@pytest.mark.parametrize("name", ["agenda_prompt", "task_list", "agenda"])
def test_every_button_of_a_card_for_a_personal_chat_names_its_group(name, schema):
    card = render(name, gettext=str, language="da", action_data={"group_id": 12},
                  **SAMPLES[name])
    jsonschema.validate(card, schema)
    executes = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    assert executes and all(e["data"]["group_id"] == 12 and e["data"]["lang"] == "da"
                            for e in executes)
    nested = [e for e in elements(card) if e.get("type") == "Action.ShowCard"]
    assert name != "task_list" or nested  # ShowCard's buttons too
    plain = render(name, gettext=str, language="da", **SAMPLES[name])
    assert all("group_id" not in e["data"] for e in elements(plain)
               if e.get("type") == "Action.Execute")


def test_each_task_of_a_digest_names_its_own_group_on_its_buttons(schema):
    """A digest holds a person's tasks of several groups: each task's buttons (the ShowCards'
    too) name the task's group, the card's own the group the digest was sent for."""
    sample = SAMPLES["task_reminders"]
    tasks = [{**task, "extra": {**task["extra"], "group_id": 5 + i}}
             for i, task in enumerate(sample["tasks"])]
    [chased] = [{**task, "extra": {**task["extra"], "group_id": 9}}
                for task in sample["escalated"]]
    card = render("task_reminders", gettext=str, language="da",
                  **{**sample, "tasks": tasks, "escalated": [chased], "card_data": {"group_id": 2}})
    jsonschema.validate(card, schema)
    named = {e["data"].get("task_id"): e["data"]["group_id"] for e in elements(card)
             if e.get("type") == "Action.Execute"}
    assert named == {**{task["id"]: task["extra"]["group_id"] for task in tasks},
                     chased["id"]: 9, None: 2}


def test_every_danish_text_is_translated():
    source = files("meetings").joinpath("locale/da/LC_MESSAGES/messages.po")
    with source.open("rb") as po:
        catalog = read_po(po, locale="da")
    assert [m.id for m in catalog if m.id and not m.string] == []


def test_a_full_task_list_with_a_task_opened_stays_under_the_size_limit():
    members = [{"id": n, "name": "Christina Valdemar Jul Thomsen"} for n in range(30)]
    title = "Rie undersøger, om Næstved Kommune fortsat vil lægge mødelokale mv. til de to " \
            "fysiske møder, og om der kan serveres frokost til alle."
    tasks = [{**TASK, "id": n, "title": title, "members": members, "expanded": n == 0,
              "line": "Overskredet siden søndag den 24. december 2023 · Netværksgruppe Børn"}
             for n in range(MAX_LISTED)]
    card = render("task_list", gettext=str, language="da", heading_text="Åbne opgaver",
                  empty_text="", more="… og 9 mere.", notice="Markeret som færdig. Tak!",
                  openable=True,
                  listed={"list": "of", "who": "Christina Valdemar"}, changed=[],
                  sections=[{"title": "Christina Valdemar Jul Thomsen", "tasks": tasks}])
    assert len(json.dumps(card, ensure_ascii=False).encode()) < 28 * 1024


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_annual_report_of_a_year_without_meetings_is_valid_with_one_line_for_attendance(
        language, schema):
    said = "Der blev ikke holdt nogen møder i 2026, så der er intet fremmøde at opgøre."
    card = render("annual_report", gettext=translations(language).gettext, language=language,
                  **{**SAMPLES["annual_report"], "meetings": [], "attendance": [],
                     "attendance_note": said, "topics": []})
    jsonschema.validate(card, schema)
    assert card_text(card).count(said) == 1


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_minutes_cut_short_are_valid_and_each_items_row_opens_the_item(language, schema):
    card = render("minutes", gettext=translations(language).gettext, language=language,
                  **{**SAMPLES["minutes"], "compact": True})
    jsonschema.validate(card, schema)
    rows = [e for e in elements(card) if "selectAction" in e]
    assert [row["selectAction"]["data"]["entry_id"] for row in rows] == [11, 12]
    assert {row["selectAction"]["verb"] for row in rows} == {"minutes.entry"}
    assert "Beslutning: " + HOSTILE not in card_text(card)
