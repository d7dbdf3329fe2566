"""Migration 0023 on a database in use: a member's written language is a new column, empty for
the members made before it (their 1:1 messages stay in the group's language); up, down, up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

MEMBER = ("INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
          "VALUES (1, 1, '29:rie', 'Rie Nielsen', 'secretary', :now)")


def test_upgrading_adds_an_empty_language_and_keeps_the_members(database_url):
    upgrade(database_url, "0022")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    [before, _, after] = run(database_url, "SELECT name, language FROM members",
                             "UPDATE members SET language = 'en' WHERE id = 1",
                             "SELECT language FROM members")
    assert [tuple(row) for row in before] == [("Rie Nielsen", None)]
    assert [tuple(row) for row in after] == [("en",)]


def test_downgrading_past_0023_and_up_again_keeps_the_members(database_url):
    upgrade(database_url, "0022")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    run(database_url, "UPDATE members SET language = 'en' WHERE id = 1")
    downgrade(database_url, "0022")
    upgrade(database_url)
    [members] = run(database_url, "SELECT name, language FROM members")
    assert [tuple(row) for row in members] == [("Rie Nielsen", None)]
