"""Migration 0021 on a database in use: a team channel's group keeps its team's and its
channel's names apart. Rows made before are split where the stored "Team – Channel" tells: the
team's General channel is named by the team alone, so its name is where the others split; a
name with one dash splits there; the team's groups share the team's name; a name that cannot
be told keeps its parts unknown. Up, down and up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import run

GROUP = ("INSERT INTO groups (id, conversation_id, kind, name, team_id, time_zone, language, "
         "created_at) VALUES ({id}, '{conversation}', '{kind}', '{name}', {team}, "
         "'Europe/Copenhagen', 'da', :now)")
ROWS = [GROUP.format(id=i, conversation=c, kind=k, name=n, team=f"'{t}'" if t else "NULL")
        for i, c, k, n, t in [
            (1, "19:boern", "channel", "Børn", "19:boern"),  # a General channel
            (2, "19:budget", "channel", "Børn – Budget – 2027", "19:boern"),
            (3, "19:moeder", "channel", "Netværk – Møder", "19:netvaerk"),
            (4, "19:plan", "channel", "Syd – Familie – Plan", "19:syd"),
            (5, "19:drift", "channel", "Syd – Familie – Drift – 2027", "19:syd"),
            (6, "19:alene", "channel", "Øst – Vest – Nord", "19:oest"),
            (7, "19:chat", "groupChat", "Netværk – Børn", None),
        ]]
PARTS = "SELECT name, team_name, channel_name FROM groups ORDER BY id"
EXPECTED = [
    ("Børn", "Børn", None),
    ("Børn – Budget – 2027", "Børn", "Budget – 2027"),
    ("Netværk – Møder", "Netværk", "Møder"),
    ("Syd – Familie – Plan", "Syd – Familie", "Plan"),
    ("Syd – Familie – Drift – 2027", "Syd – Familie", "Drift – 2027"),
    ("Øst – Vest – Nord", None, None),
    ("Netværk – Børn", None, None),
]


def test_upgrading_splits_the_names_of_team_channels_where_they_tell(database_url):
    upgrade(database_url, "0020")
    run(database_url, *ROWS)
    upgrade(database_url)
    [parts] = run(database_url, PARTS)
    assert [tuple(row) for row in parts] == EXPECTED


def test_downgrading_past_0021_and_up_again_keeps_the_groups(database_url):
    upgrade(database_url, "0020")
    run(database_url, *ROWS)
    upgrade(database_url)
    downgrade(database_url, "0020")
    [names] = run(database_url, "SELECT name FROM groups ORDER BY id")
    assert [row[0] for row in names] == [name for name, _, _ in EXPECTED]
    upgrade(database_url)
    [parts] = run(database_url, PARTS)
    assert [tuple(row) for row in parts] == EXPECTED
