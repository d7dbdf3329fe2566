"""A person's groups, as their personal chat asks about them: found by Entra object id, else by
Teams user id, with each group's next meeting; the unit of work's query and the quick read
agree."""

from meetings.common.conversation import Person
from meetings.groups.membership.leaving import bot_removed, member_left
from meetings.groups.registration import remember_sender
from meetings.groups.vocabulary import ConversationKind
from tests.fakes import local
from tests.support.meeting_group import LISBET, POLICY, RIE, chat, plan, setup_group

STEERING = "19:styregruppe@thread.v2"


async def personal_chat(uow_factory, clock, person, conversation_id):
    """The person writes to the bot in a 1:1 chat: its group, and their member row there."""
    conversation = chat(conversation_id, kind=ConversationKind.PERSONAL, name=None)
    async with uow_factory() as uow:
        group, member = await remember_sender(uow, conversation, person, policy=POLICY,
                                              now=clock.now())
        await uow.commit()
    return group, member


async def groups_of(uow_factory, member, now) -> list[tuple[str, object]]:
    async with uow_factory() as uow:
        found = await uow.members.groups_of_person(await uow.members.get(member.id), now)
    return [(group.conversation_id, starts) for group, _, starts in found]


async def quick(reads, member, now) -> list[tuple[str, object]]:
    facts = await reads.next_meetings_of_person(member.id, member.aad_object_id,
                                                member.teams_id, now)
    return [(f.name, f.meeting.starts_at if f.meeting else None) for f in facts]


async def test_a_person_in_two_groups_finds_both_with_their_next_meetings_and_their_own_chat(
        uow_factory, reads, clock):
    network = await setup_group(uow_factory, clock)
    steering = await setup_group(uow_factory, clock, chat(STEERING, name="Styregruppen"))
    await personal_chat(uow_factory, clock, LISBET, "a:personal-lisbet")
    personal, rie = await personal_chat(uow_factory, clock, RIE, "a:personal-rie")
    first = await plan(uow_factory, network, local(2027, 2, 5, 10, 0))
    await plan(uow_factory, network, local(2027, 3, 5, 10, 0))
    soon = await plan(uow_factory, steering, local(2027, 1, 22, 12, 30))

    assert await groups_of(uow_factory, rie, clock.now()) == [
        ("19:group@thread.v2", first.starts_at), (STEERING, soon.starts_at),
        ("a:personal-rie", None)]
    assert await quick(reads, rie, clock.now()) == [
        ("Netværksgruppe Børn og Unge", first.starts_at), ("Styregruppen", soon.starts_at),
        ("", None)]
    facts = await reads.next_meetings_of_person(rie.id, rie.aad_object_id, rie.teams_id,
                                                clock.now())
    assert [(f.group_id, f.kind) for f in facts] == [
        (network.id, "groupChat"), (steering.id, "groupChat"), (personal.id, "personal")]
    assert facts[1].meeting.id == soon.id and facts[1].time_zone == "Europe/Copenhagen"


async def test_a_person_without_an_entra_id_is_found_by_their_teams_id(uow_factory, reads, clock):
    anonymous = Person(teams_id="29:guest", name="Gæst Gæstesen")
    network = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        await remember_sender(uow, chat(), anonymous, policy=POLICY, now=clock.now())
        await uow.commit()
    _, guest = await personal_chat(uow_factory, clock, anonymous, "a:personal-guest")
    meeting = await plan(uow_factory, network, local(2027, 2, 5, 10, 0))

    assert await groups_of(uow_factory, guest, clock.now()) == [
        ("19:group@thread.v2", meeting.starts_at), ("a:personal-guest", None)]
    assert await quick(reads, guest, clock.now()) == [
        ("Netværksgruppe Børn og Unge", meeting.starts_at), ("", None)]


async def test_somebody_in_no_group_finds_only_their_own_chat(uow_factory, reads, clock):
    await setup_group(uow_factory, clock)  # Rie and Lisbet's group, not Daniel's
    daniel = Person(teams_id="29:daniel", name="Daniel Gottrup", aad_object_id="aad-d")
    _, member = await personal_chat(uow_factory, clock, daniel, "a:personal-daniel")

    assert await groups_of(uow_factory, member, clock.now()) == [("a:personal-daniel", None)]
    assert await quick(reads, member, clock.now()) == [("", None)]


async def test_a_group_left_and_a_group_the_bot_was_removed_from_are_not_found(
        uow_factory, reads, clock):
    network = await setup_group(uow_factory, clock)
    steering = await setup_group(uow_factory, clock, chat(STEERING, name="Styregruppen"))
    third = await setup_group(uow_factory, clock, chat("19:tredje@thread.v2", name="Tredje"))
    _, rie = await personal_chat(uow_factory, clock, RIE, "a:personal-rie")
    for group in (network, steering, third):
        await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    async with uow_factory() as uow:
        await member_left(uow, network.conversation_id, RIE, clock.now())
        await bot_removed(uow, steering.conversation_id, clock.now())
        await uow.commit()

    assert [c for c, _ in await groups_of(uow_factory, rie, clock.now())] == [
        "19:tredje@thread.v2", "a:personal-rie"]
    assert [name for name, _ in await quick(reads, rie, clock.now())] == ["Tredje", ""]
