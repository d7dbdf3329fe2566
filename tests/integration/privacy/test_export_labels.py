"""Every kind of row a person's export holds has a label of its own in the Word file, in
Danish and English, so a table added to the export cannot show up as its database name."""

from meetings.common.i18n import translations
from meetings.privacy.document import TABLES


async def test_every_kind_of_row_the_export_holds_is_labelled_in_both_languages(world):
    async with world.uow() as uow:
        members = await uow.personal.members_of("aad-rie", "29:rie")
        names = {m.id: [m.name] for m in members}
        stored = await uow.personal.rows_about(members, "aad-rie", names)
    assert members  # with an Entra id, so the tables found by it are asked too
    assert sorted(set(stored) - set(TABLES)) == []
    danish = translations("da").gettext
    assert [table for table in stored if danish(TABLES[table]) == TABLES[table]] == []
