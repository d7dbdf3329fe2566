"""Migration 0014: the table of minutes waiting on their preview card comes and goes without
touching what was there; a token is stored once."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import GROUP_AND_MEETING, run

MEMBER = ("INSERT INTO members (id, group_id, teams_id, name, role, joined_at) "
          "VALUES (1, 1, '29:lisbet', 'Lisbet', 'secretary', :now)")
PENDING = ("INSERT INTO pending_imports (token, group_id, member_id, name, text, created_at) "
           "VALUES ('t', 1, 1, 'referat.docx', 'REFERAT', :now)")


def test_upgrading_keeps_the_meetings_and_stores_a_token_once(database_url):
    upgrade(database_url, "0011")
    run(database_url, *GROUP_AND_MEETING, MEMBER)
    upgrade(database_url)
    run(database_url, PENDING)
    [rows] = run(database_url, "SELECT name, text FROM pending_imports")
    assert [tuple(r) for r in rows] == [("referat.docx", "REFERAT")]
    with pytest.raises(IntegrityError):
        run(database_url, PENDING)


def test_downgrading_past_0014_drops_the_table_and_keeps_the_meeting(database_url):
    # The rows as written before the groups had their own report secret (0025 gives one)
    upgrade(database_url, "0024")
    run(database_url, *GROUP_AND_MEETING, MEMBER, PENDING)
    upgrade(database_url)
    downgrade(database_url, "0011")
    [meetings] = run(database_url, "SELECT title FROM meetings")
    assert [tuple(m) for m in meetings] == [("Netværk",)]
    upgrade(database_url)
    [rows] = run(database_url, "SELECT count(*) FROM pending_imports")
    assert rows[0][0] == 0
