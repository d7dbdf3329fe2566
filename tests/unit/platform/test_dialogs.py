"""Dialogs read forms as typed, bring them back with the problem, and keep nothing between
two clicks but what the card carries."""

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dialogs import meeting_form, task_form, year_plan_form
from dialogs.forms import TOO_LONG, Invalid, Problem, submitted
from dialogs.item_form import draft_from, typed
from meetings.common.refusal import BAD_ITEM, BAD_TASK, NOT_ALLOWED, Refusal
from meetings.planning.meeting_line import PROBLEM_END_BEFORE_START, MeetingDraft
from meetings.reports.year_plan import MAX_ROWS, MAX_TEXT
from tests.fakes import ReadingContext

DIALOGS = Path(__file__).resolve().parents[3] / "dialogs"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CONTAINERS = {"list", "dict", "set", "defaultdict", "deque", "OrderedDict", "Counter",
              "WeakValueDictionary", "WeakKeyDictionary", "LRUCache", "TTLCache"}
FORM = {"date": "2027-03-12", "start": "10:00", "end": "13:00", "place": "Sorø",
        "online": "false", "theme": "Venskabsfamilier"}


async def test_a_form_refused_for_its_own_reason_comes_back_as_typed_with_the_problem():
    async def refuse():
        raise Refusal(BAD_ITEM, field="title")
    back = await submitted({"title": ""}, refuse, codes={BAD_ITEM})
    assert back == Invalid({"title": ""}, Problem(BAD_ITEM, {"field": "title"}))


async def test_a_refusal_that_is_not_the_forms_business_is_not_turned_into_the_form():
    async def refuse():
        raise Refusal(NOT_ALLOWED)
    with pytest.raises(Refusal):
        await submitted({"title": "x"}, refuse, codes={BAD_ITEM})


async def test_a_form_the_use_case_accepts_gives_what_the_use_case_made():
    async def make():
        return "made"
    assert await submitted({}, make) == "made"


def test_the_meeting_form_reads_a_draft_in_the_groups_time_zone():
    draft = meeting_form.draft_of_form(ReadingContext(NOW), FORM)
    assert draft == MeetingDraft(starts_at=datetime(2027, 3, 12, 9, 0, tzinfo=UTC),
                                 ends_at=datetime(2027, 3, 12, 12, 0, tzinfo=UTC),
                                 place="Sorø", online=False, theme="Venskabsfamilier")


def test_a_meeting_form_ending_before_it_starts_is_a_problem_not_a_draft():
    problem = meeting_form.draft_of_form(ReadingContext(NOW), {**FORM, "end": "09:00"})
    assert problem == Problem(PROBLEM_END_BEFORE_START, {"start": "10.00", "end": "9.00"})


def test_a_theme_too_long_is_a_problem_and_comes_back_cut_to_what_fits():
    long = "x" * (meeting_form.MAX_TEXT + 1)
    assert meeting_form.draft_of_form(ReadingContext(NOW), {**FORM, "theme": long}) == Problem(
        TOO_LONG, {"count": str(meeting_form.MAX_TEXT)})
    assert meeting_form.typed({**FORM, "theme": long})["theme"] == long[:meeting_form.MAX_TEXT]


def test_the_item_form_keeps_what_was_typed_and_reads_a_length_as_teams_sends_it():
    values = typed({"title": "Efterværn", "kind": "forged", "minutes": "20,0",
                    "link_url": "https://example.dk/bilag.pdf", "link_title": "Bilag 1"})
    assert values["title"] == "Efterværn" and values["kind"] == "drøftelse"
    assert values["minutes"] == 20
    draft = draft_from(values)
    assert draft.links == ({"title": "Bilag 1", "url": "https://example.dk/bilag.pdf"},)


def test_a_task_owner_written_by_name_wins_over_the_member_chosen():
    assert task_form.owner_of({"owner_id": "7", "owner_name": " Heidi  Madsen "}) == (
        None, "Heidi Madsen")
    assert task_form.owner_of({"owner_id": "7"}) == (7, None)
    with pytest.raises(Refusal) as refused:
        task_form.owner_of({"owner_id": "Rie"})
    assert refused.value.details == {"field": "owner"}


def test_a_task_due_date_that_is_no_date_names_its_field():
    assert task_form.date_of("2027-03-12T00:00", "due_on") == date(2027, 3, 12)
    with pytest.raises(Refusal) as refused:
        task_form.date_of("12. marts", "due_on")
    assert (refused.value.code, refused.value.details) == (BAD_TASK, {"field": "due_on"})


def test_the_year_plan_form_reads_the_rows_it_says_it_has_within_what_a_card_holds():
    rows = year_plan_form.typed_rows({"rows": "99", "date_0": "2027-03-12",
                                      "theme_0": "y" * (MAX_TEXT + 50)})
    assert len(rows) == MAX_ROWS
    # One character over the limit, so the check sees the theme was too long.
    assert rows[0].date == "2027-03-12" and len(rows[0].theme) == MAX_TEXT + 1
    assert len(year_plan_form.typed_rows({"rows": "many"})) == year_plan_form.DEFAULT_ROWS


def _module_state(path: Path) -> list[str]:
    """What a module could keep between two clicks: names rebound from a function, and
    mutable values made at import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rebound = [f"{path.name}: global {name}" for node in ast.walk(tree)
               if isinstance(node, ast.Global | ast.Nonlocal) for name in node.names]
    made = [f"{path.name}:{node.lineno}" for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign) and _mutable(node.value)]
    return rebound + made


def _mutable(value: ast.expr | None) -> bool:
    if isinstance(value, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp
                  | ast.SetComp):
        return True
    return isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] in CONTAINERS


def test_dialogs_keep_nothing_in_process_memory():
    modules = sorted(DIALOGS.glob("*.py"))
    assert len(modules) > 5
    assert [state for path in modules for state in _module_state(path)] == []
