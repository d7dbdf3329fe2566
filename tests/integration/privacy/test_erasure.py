"""Erasing a person on a real database: what names them goes, in their group only."""

from meetings.common.entities import OutboxMessage
from meetings.privacy.rights import erase_person
from tests.integration.agenda_world import NETWORK


async def sent_note(world, key: str, note: str) -> None:
    """A message Teams took, whose card data names somebody ("Fortæl gruppen …")."""
    async with world.uow() as uow:
        await uow.outbox.enqueue(dedupe_key=key, kind="agenda_change_notice",
                                 payload={"note": note}, group_id=world.group_id,
                                 conversation_id=NETWORK, member_id=None,
                                 due_at=world.clock.now(), created_at=world.clock.now())
        await uow.commit()
    await world.mark_sent(key)


def erase(uow, group, actor, now):
    return erase_person(uow, actor, now)


async def test_sent_messages_naming_a_person_with_danish_letters_go_with_their_erasure(world):
    await sent_note(world, "christel", "Christel Jørgensen tager punktet om plejefamilier")
    await sent_note(world, "steen", "Steen Bager tager punktet om anbringelser")
    await world.act("christel", erase)
    notes = [m.payload["note"] for m in await world.table(OutboxMessage)]
    assert notes == ["Steen Bager tager punktet om anbringelser"]
