"""A sender the bot has stored and about whom nothing changed is known from one quick read
(`QuickReads.sender` and `registration.sender_is_current`) instead of the registration's unit
of work: exactly when `remember_sender` would write nothing."""

from dataclasses import replace

import pytest
from sqlalchemy import event

from meetings.common.conversation import Person
from meetings.groups.registration import remember_sender, sender_is_current
from meetings.groups.vocabulary import ConversationKind
from tests.support.meeting_group import LISBET, POLICY, RIE, chat, setup_group

RIE_WRITES = replace(RIE, email="rie@ringsted.dk")
CHANGES = {
    "nothing": (chat(), RIE_WRITES),
    "nothing, and nothing known of where she works": (chat(), LISBET),
    "the service URL moved": (chat(service_url="https://smba.trafficmanager.net/amer/"),
                              RIE_WRITES),
    "the chat was renamed": (chat(name="Netværk for plejefamilier"), RIE_WRITES),
    "her name changed": (chat(), replace(RIE_WRITES, name="Rie Nielsen Holm")),
    "her e-mail changed": (chat(), replace(RIE_WRITES, email="rn@ringsted.dk")),
    "a person never seen": (chat(), Person(teams_id="29:ny", name="Ny Person")),
    "a personal chat": (chat("a:personal", kind=ConversationKind.PERSONAL), RIE_WRITES),
}


async def _writes_of_remember_sender(engine, uow_factory, clock, conversation, sender) -> int:
    writes = []

    def seen(_conn, _cursor, statement, *_):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)
    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    try:
        async with uow_factory() as uow:
            await remember_sender(uow, conversation, sender, policy=POLICY, now=clock.now())
            await uow.commit()
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", seen)
    return len(writes)


@pytest.mark.parametrize("change", list(CHANGES))
async def test_a_sender_is_current_exactly_when_registering_them_would_write_nothing(
        engine, uow_factory, reads, clock, change):
    await setup_group(uow_factory, clock)
    async with uow_factory() as uow:  # Rie has written before, as she writes now
        await remember_sender(uow, chat(), RIE_WRITES, policy=POLICY, now=clock.now())
        await uow.commit()
    conversation, sender = CHANGES[change]

    facts = await reads.sender(conversation.conversation_id, sender.teams_id)
    current = facts is not None and sender_is_current(facts, conversation, sender,
                                                      policy=POLICY)
    writes = await _writes_of_remember_sender(engine, uow_factory, clock, conversation,
                                              sender)

    assert current == change.startswith("nothing")
    # In a personal chat the registration may make its person secretary: always registered.
    assert current == (writes == 0) or change == "a personal chat"


async def test_the_stored_sender_is_the_group_and_member_the_registration_gives(
        uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        registered, member = await remember_sender(uow, chat(), RIE_WRITES, policy=POLICY,
                                                   now=clock.now())
        await uow.commit()

    facts = await reads.sender(chat().conversation_id, RIE.teams_id)

    assert (facts.group_id, facts.member_id, facts.group_language) == (
        group.id, member.id, registered.language)
