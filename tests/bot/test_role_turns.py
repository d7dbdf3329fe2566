"""Role changes turn by turn: each kept in an audit table in its own transaction, exported with
the person's data and anonymised by their erasure."""

import json

from sqlalchemy import select

from storage.models.privacy import RoleChange
from tests.bot.privacy_steps import RIE
from tests.bot.test_member_turns import members
from tests.bot.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.test_privacy_turns import erase_rie, export_paths
from tests.card_reading import card_text

AT = "2026-11-25T09:00:00+00:00"


async def role_changes(bot) -> list[tuple]:
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(RoleChange).order_by(RoleChange.id))
        return [(r.actor_id, r.actor_name, r.member_id, r.member_name, r.before_role,
                 r.after_role, r.changed_at.isoformat()) for r in rows]


async def test_every_role_change_is_kept_with_who_whom_from_to_and_when(bot):
    await bot.install()  # Lisbet installs: she becomes the secretary
    await bot.say("gør Daniel til formand")
    await bot.say("Rie tager referat", user="daniel")
    found = await members(bot)
    lisbet, daniel, rie = found["Lisbet"].id, found["Daniel"].id, found["Rie"].id
    assert await role_changes(bot) == [
        (lisbet, "Lisbet Daugaard-Hansen", lisbet, "Lisbet Daugaard-Hansen", "member",
         "secretary", AT),
        (lisbet, "Lisbet Daugaard-Hansen", daniel, "Daniel Gottrup", "member", "chair", AT),
        (daniel, "Daniel Gottrup", rie, "Rie Nielsen", "member", "minute_taker", AT)]
    await bot.say("medlemmer")
    assert "formand" not in card_text(bot.connector.cards()[-1]).split("Daniel Gottrup")[0]


async def test_a_refused_role_change_leaves_no_trace_in_the_audit(bot):
    await bot.install()
    await bot.say("gør Lisbet til medlem")  # the last secretary: refused
    await bot.say("make Daniel chair", user="rie", locale="en-GB")  # not hers to give
    assert [row[5] for row in await role_changes(bot)] == ["secretary"]


async def test_the_export_holds_the_role_changes_about_the_person_and_erasure_hides_them(bot):
    await bot.install()
    await bot.say("Rie tager referat")
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    export = json.loads(await (await bot.client.get(export_paths(text)["json"])).text())
    # In her own 1:1 chat she is its secretary: that change is hers too.
    [change, mine] = sorted(export["stored"]["role_changes"], key=lambda c: c["after_role"])
    assert (mine["after_role"], mine["actor_name"]) == ("secretary", RIE[0])
    assert (change["actor_name"], change["member_name"], change["before_role"],
            change["after_role"], change["changed_at"]) == (
        "Lisbet Daugaard-Hansen", RIE[0], "member", "minute_taker", AT)
    await erase_rie(bot)
    assert [(row[1], row[3], row[5]) for row in await role_changes(bot)][-1] == (
        "Lisbet Daugaard-Hansen", "Tidligere medlem", "minute_taker")
