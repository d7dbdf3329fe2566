"""`make run PLAYGROUND_USER=rie`: the playground's mock data with another of its users signed
in, so the members' side of a group can be tried locally."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
MOCK = (ROOT / "tests/e2e/m365agentsplayground.yml").read_text(encoding="utf-8")
_spec = importlib.util.spec_from_file_location("playground_user",
                                               ROOT / "scripts/playground_user.py")
playground_user = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(playground_user)


def ids(text: str, section: str) -> list[str]:
    block = text.split(f"\n{section}:\n", 1)[1]
    block = re.split(r"\n(?=\S)", block, maxsplit=1)[0]
    return re.findall(r'id: "([^"]+)"', block)


def test_rie_is_signed_in_with_a_personal_chat_of_her_own_and_lisbet_among_the_five():
    mock = playground_user.signed_in_as(MOCK, "rie")
    assert ids(mock, "currentUser") == ["29:rie"]
    assert sorted(ids(mock, "users")) == ["29:christel", "29:daniel", "29:lisbet", "29:mette",
                                          "29:povl"]
    assert ids(mock, "personalChat") == ["a:personal-rie"]
    assert ids(mock, "groupChat") == ids(MOCK, "groupChat")
    assert "  name: Rie Nielsen\n" in mock.split("\nusers:\n")[0]


def test_the_secretary_signed_in_is_the_mock_data_as_it_is():
    assert playground_user.signed_in_as(MOCK, "lisbet") == MOCK


def test_a_user_the_playground_does_not_have_is_named_with_those_it_has():
    with pytest.raises(SystemExit, match="choose one of: lisbet, rie, daniel"):
        playground_user.signed_in_as(MOCK, "bo")
