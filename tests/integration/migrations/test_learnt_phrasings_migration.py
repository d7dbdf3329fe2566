"""Migration 0017 on a database in use: a group's learnt phrasings are a new table; the members
made before it stay; up, down and up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

MEMBER = ("INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
          "VALUES (1, 1, '29:rie', 'Rie Nielsen', 'secretary', :now)")
LEARNT = ("INSERT INTO learnt_phrasings (group_id, member_id, phrasing, intent, learnt_at) "
          "VALUES (1, 1, 'mode', 'next_meeting', :now)")


def test_upgrading_adds_the_phrasings_and_keeps_the_members(database_url):
    upgrade(database_url, "0016")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    [_, learnt, members] = run(database_url, LEARNT,
                               "SELECT phrasing, intent, member_id FROM learnt_phrasings",
                               "SELECT name FROM members")
    assert [tuple(row) for row in learnt] == [("mode", "next_meeting", 1)]
    assert [tuple(m) for m in members] == [("Rie Nielsen",)]


def test_downgrading_past_0017_and_up_again_keeps_the_members(database_url):
    upgrade(database_url, "0016")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    run(database_url, LEARNT)
    downgrade(database_url, "0016")
    upgrade(database_url)
    [members, learnt] = run(database_url, "SELECT name FROM members",
                            "SELECT count(*) FROM learnt_phrasings")
    assert [tuple(m) for m in members] == [("Rie Nielsen",)]
    assert learnt[0][0] == 0  # what was learnt went with the table
