"""Migration 0013 on a database in use: members and groups made before it stay, every member
active and every group kept for twelve months once the bot is removed; up, down and up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

MEMBER = ("INSERT INTO members (group_id, teams_id, name, role, joined_at) "
          "VALUES (1, '29:rie', 'Rie Nielsen', 'secretary', :now)")


def test_upgrading_keeps_members_active_and_groups_kept_for_twelve_months(database_url):
    upgrade(database_url, "0011")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    [members, groups] = run(database_url, "SELECT name, left_at FROM members",
                            "SELECT retention_months, erase_at FROM groups")
    assert [tuple(m) for m in members] == [("Rie Nielsen", None)]
    assert [tuple(g) for g in groups] == [(12, None)]


def test_downgrading_past_0013_and_up_again_keeps_the_members(database_url):
    upgrade(database_url, "0011")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    downgrade(database_url, "0011")
    upgrade(database_url)
    [members] = run(database_url, "SELECT name, role FROM members")
    assert [tuple(m) for m in members] == [("Rie Nielsen", "secretary")]
