"""A group's name after its team or channel is renamed: "Team – Channel", the team alone for
the team's General channel. The two names are kept apart, so a dash in either stays where it
belongs; a group stored before they were kept apart is split at its last dash."""

import pytest

from meetings.groups.entities import Group
from meetings.groups.team import renamed

TEAM = "19:team@thread.tacv2"


def group(name: str, conversation_id: str = "19:kanal@thread.tacv2", **parts: str) -> Group:
    return Group(id=1, conversation_id=conversation_id, kind="channel", name=name,
                 tenant_id="t", team_id=TEAM, time_zone="Europe/Copenhagen", language="da",
                 **parts)


@pytest.mark.parametrize(("team", "channel", "change", "expected"), [
    ("Netværk", "Møder", {"team": "Netværk Børn"}, "Netværk Børn – Møder"),
    ("Netværk", "Møder", {"channel": "Mødeplan"}, "Netværk – Mødeplan"),
    ("Børn", "Budget – 2027", {"team": "Børn og Unge"}, "Børn og Unge – Budget – 2027"),
    ("Børn", "Budget – 2027", {"channel": "Økonomi"}, "Børn – Økonomi"),
    ("Børn – Unge", "Møder", {"team": "Familie"}, "Familie – Møder"),
    ("Børn – Unge", "Møder", {"channel": "Plan"}, "Børn – Unge – Plan"),
])
def test_the_renamed_part_is_replaced_and_the_other_kept(team, channel, change, expected):
    renaming = group(f"{team} – {channel}", team_name=team, channel_name=channel)
    assert renamed(renaming, **change)
    assert renaming.name == expected
    assert (renaming.team_name, renaming.channel_name) == (
        change.get("team", team), change.get("channel", channel))


@pytest.mark.parametrize(("name", "change", "expected"), [
    ("Netværk – Møder", {"team": "Netværk Børn"}, "Netværk Børn – Møder"),
    ("Børn – Unge – Møder", {"channel": "Plan"}, "Børn – Unge – Plan"),
    ("Netværk", {"channel": "Plan"}, "Netværk – Plan"),
])
def test_a_group_stored_before_the_names_were_kept_apart_is_split_at_its_last_dash(
        name, change, expected):
    renaming = group(name)
    assert renamed(renaming, **change)
    assert renaming.name == expected


def test_the_general_channel_bears_the_teams_name_alone():
    general = group("Netværk", conversation_id=TEAM, team_name="Netværk")
    assert renamed(general, team="Netværk Børn")
    assert (general.name, general.team_name, general.channel_name) == (
        "Netværk Børn", "Netværk Børn", None)


def test_the_same_name_again_changes_nothing():
    unchanged = group("Netværk – Møder", team_name="Netværk", channel_name="Møder")
    assert not renamed(unchanged, team="Netværk")
    assert unchanged.name == "Netværk – Møder"
