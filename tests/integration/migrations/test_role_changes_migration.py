"""Migration 0016 on a database in use: the audit of role changes is a new table; members made
before it stay; up, down and up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

MEMBER = ("INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
          "VALUES (1, 1, '29:rie', 'Rie Nielsen', 'secretary', :now)")
CHANGE = ("INSERT INTO role_changes (group_id, actor_id, actor_name, member_id, member_name, "
          "before_role, after_role, changed_at) "
          "VALUES (1, 1, 'Rie Nielsen', 1, 'Rie Nielsen', 'member', 'secretary', :now)")


def test_upgrading_adds_the_audit_and_keeps_the_members(database_url):
    upgrade(database_url, "0015")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    [_, changes, members] = run(database_url, CHANGE,
                                "SELECT member_name, before_role, after_role FROM role_changes",
                                "SELECT name, role FROM members")
    assert [tuple(c) for c in changes] == [("Rie Nielsen", "member", "secretary")]
    assert [tuple(m) for m in members] == [("Rie Nielsen", "secretary")]


def test_downgrading_past_0016_and_up_again_keeps_the_members(database_url):
    upgrade(database_url, "0015")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    run(database_url, CHANGE)
    downgrade(database_url, "0015")
    upgrade(database_url)
    [members, changes] = run(database_url, "SELECT name, role FROM members",
                             "SELECT count(*) FROM role_changes")
    assert [tuple(m) for m in members] == [("Rie Nielsen", "secretary")]
    assert changes[0][0] == 0  # the audit went with the table
