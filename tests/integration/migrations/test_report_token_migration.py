"""Migration 0025 on a database in use: each group gets its own secret for its report links,
a different one each; the annual texts keep theirs, which signed the links handed out before,
and a row made since may have none. Down gives such a row a secret again (0024 needs one); up,
down, up."""

from storage.migrate import downgrade, upgrade
from tests.integration.migrations.migration_steps import run

GROUP = ("INSERT INTO groups (id, conversation_id, kind, name, time_zone, language, created_at) "
         "VALUES ({id}, '19:g{id}', 'channel', 'Netværk {id}', 'Europe/Copenhagen', 'da', :now)")
TEXTS = ("INSERT INTO annual_texts (id, group_id, year, purpose, document_token, updated_at) "
         "VALUES ({id}, 1, {year}, 'Viden', {token}, :now)")
TOKENS = "SELECT id, report_token FROM groups ORDER BY id"
TEXT_TOKENS = "SELECT id, document_token FROM annual_texts ORDER BY id"


def test_upgrading_gives_each_group_a_secret_and_keeps_the_texts_secrets(database_url):
    upgrade(database_url, "0024")
    run(database_url, GROUP.format(id=1), GROUP.format(id=2),
        TEXTS.format(id=1, year=2025, token="'signed-2025'"))
    upgrade(database_url)
    [groups, _, texts] = run(database_url, TOKENS,
                             TEXTS.format(id=2, year=2026, token="NULL"), TEXT_TOKENS)
    assert [row[0] for row in groups] == [1, 2]
    assert all(len(token) == 32 for _, token in groups)
    assert groups[0][1] != groups[1][1]
    assert [tuple(row) for row in texts] == [(1, "signed-2025"), (2, None)]


def test_downgrading_past_0025_and_up_again_keeps_groups_and_texts(database_url):
    upgrade(database_url, "0024")
    run(database_url, GROUP.format(id=1), TEXTS.format(id=1, year=2025, token="'signed-2025'"))
    upgrade(database_url)
    run(database_url, TEXTS.format(id=2, year=2026, token="NULL"))
    downgrade(database_url, "0024")
    [texts] = run(database_url, TEXT_TOKENS)
    assert texts[0][1] == "signed-2025" and len(texts[1][1]) == 32
    upgrade(database_url)
    [groups, texts_again] = run(database_url, TOKENS, TEXT_TOKENS)
    assert len(groups) == 1 and len(groups[0][1]) == 32
    assert [tuple(row) for row in texts_again] == [tuple(row) for row in texts]
