"""A group's name after its team or channel is renamed: "Team – Channel", the team alone for
the team's General channel, a dash in the team's name kept."""

import pytest

from meetings.groups.entities import Group
from meetings.groups.team import renamed

TEAM = "19:team@thread.tacv2"


def group(name: str, conversation_id: str = "19:kanal@thread.tacv2") -> Group:
    return Group(id=1, conversation_id=conversation_id, kind="channel", name=name,
                 tenant_id="t", team_id=TEAM, time_zone="Europe/Copenhagen", language="da")


@pytest.mark.parametrize(("name", "change", "expected"), [
    ("Netværk – Møder", {"team": "Netværk Børn"}, "Netværk Børn – Møder"),
    ("Netværk – Møder", {"channel": "Mødeplan"}, "Netværk – Mødeplan"),
    ("Børn – Unge – Møder", {"channel": "Plan"}, "Børn – Unge – Plan"),
    ("Netværk", {"channel": "Plan"}, "Netværk – Plan"),
])
def test_the_renamed_part_is_replaced_and_the_other_kept(name, change, expected):
    renaming = group(name)
    assert renamed(renaming, **change)
    assert renaming.name == expected


def test_the_general_channel_bears_the_teams_name_alone():
    general = group("Netværk – Generelt", conversation_id=TEAM)
    assert renamed(general, team="Netværk Børn")
    assert general.name == "Netværk Børn"


def test_the_same_name_again_changes_nothing():
    unchanged = group("Netværk – Møder")
    assert not renamed(unchanged, team="Netværk")
    assert unchanged.name == "Netværk – Møder"
