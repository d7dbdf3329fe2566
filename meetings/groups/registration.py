"""Registering the groups the bot serves, their members and where to reach them."""

import logging
from collections.abc import Collection, Iterable
from datetime import datetime

from meetings.common.conversation import AddressPolicy, Conversation, Person
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.membership.leaving import bot_added_again, came_back, leave, secretaries
from meetings.groups.names import name_key
from meetings.groups.organisations import organisation_of_email
from meetings.groups.ports import SenderFacts
from meetings.groups.role_audit import record_role_change
from meetings.groups.team import channel_of, groups_addressed, leaders_of_team, renamed
from meetings.groups.vocabulary import MANAGERS, ConversationKind, Role

log = logging.getLogger(__name__)


async def register_conversation(
    uow: UnitOfWork,
    conversation: Conversation,
    *,
    people: Iterable[Person],
    installer: Person | None,
    policy: AddressPolicy,
    now: datetime,
    whole_roster: bool = False,
    team_channels: Collection[str] = (),
    shared_channels: Collection[str] = (),
) -> tuple[Group, bool]:
    """Create or refresh the group of a conversation, its members and its address; say
    whether the group is new.

    The installer becomes secretary of a group that has neither chair nor secretary yet, so a
    new group always has somebody who may plan meetings. With `whole_roster` (`people` is
    everybody in the conversation), a member missing from it left while the bot was away; they
    are marked so, and if none of the chairs and secretaries is left the installer leads. The
    team's other channels' groups are reached again at their channels still in
    `team_channels` (the ids of the channels the team has now): the bot's removal forgot their
    addresses too. In a team the roster is the team's, so those missing from it left each of
    those channels' groups too, but for `shared_channels`, which hold people from outside.
    """
    group, created = await _upsert_group(uow, conversation, now)
    if installer is not None:  # back in a team: back in each of its channels' groups
        for again in await groups_addressed(uow, conversation, whole_team=True):
            bot_added_again(again)
            if again.id != group.id and again.conversation_id in team_channels:
                await _upsert_address(uow, channel_of(conversation, again), again, policy, now)
    await _upsert_address(uow, conversation, group, policy, now, owner=installer)
    for person in people:
        await _upsert_member(uow, group, person, now)
    if created:
        await _lead_as_in_the_team(uow, group, now)
    if installer is not None:
        member = await _upsert_member(uow, group, installer, now)
        if whole_roster:
            present = [*people, installer]
            await _gone_meanwhile(uow, group, present, installer, now)
            for other in await groups_addressed(uow, conversation, whole_team=True):
                if other.id != group.id and other.conversation_id in team_channels \
                        and other.conversation_id not in shared_channels:
                    await _gone_meanwhile(uow, other, present, installer, now)
        await _make_secretary_if_nobody_leads(uow, group, member, now)
        for other in await groups_addressed(uow, conversation, whole_team=True):
            if other.id != group.id and not await secretaries(uow, other):
                await _lead_as_in_the_team(uow, other, now)  # used before it had a leader
    return group, created


async def joined_team(uow: UnitOfWork, conversation: Conversation, people: Iterable[Person],
                      now: datetime) -> list[Group]:
    """Members added to a team join every group of it the bot serves (each channel used); the
    event names the team, whose General channel is no group of its own unless used."""
    groups = [g for g in await groups_addressed(uow, conversation, whole_team=True)
              if g.bot_removed_at is None]
    for group in groups:
        for person in people:
            await _upsert_member(uow, group, person, now)
    return groups


async def claim_welcome(uow: UnitOfWork, group: Group, now: datetime) -> bool:
    """True for exactly one caller per group: the one that should post the welcome.

    Teams sends installationUpdate and conversationUpdate together, and a member may write
    in the same instant; whichever turn comes first welcomes, the others do not.
    """
    return await uow.groups.mark_welcomed(group.id, now)


async def remember_sender(
    uow: UnitOfWork,
    conversation: Conversation,
    sender: Person,
    *,
    policy: AddressPolicy,
    now: datetime,
) -> tuple[Group, Member]:
    """On every message: keep the group, its address and the sender's membership current."""
    group, created = await _upsert_group(uow, conversation, now)
    await _upsert_address(uow, conversation, group, policy, now, owner=sender)
    member = await _upsert_member(uow, group, sender, now)
    if created:
        await _lead_as_in_the_team(uow, group, now)
    if conversation.kind == ConversationKind.PERSONAL:
        # In a personal chat the one person there runs their own meetings.
        await _make_secretary_if_nobody_leads(uow, group, member, now)
    return group, member


def sender_is_current(facts: SenderFacts, conversation: Conversation, sender: Person, *,
                      policy: AddressPolicy) -> bool:
    """Whether `remember_sender` would find the group, its address and the sender's membership
    as they are and change nothing: then `facts`, one read, stands in for its unit of work."""
    if conversation.kind == ConversationKind.PERSONAL or not policy.allows(conversation):
        return False  # a personal chat may make its person secretary; a refusal is logged
    if conversation.name and conversation.name != facts.group_name:
        return False
    if _address_values(conversation, facts.group_id) != facts.address:
        return False
    same = all(not said or said == stored for said, stored in (
        (sender.name, facts.member_name), (sender.aad_object_id, facts.aad_object_id),
        (sender.email, facts.email)))
    organisation = facts.organisation or organisation_of_email(sender.email or facts.email)
    return same and facts.left_at is None and organisation == facts.organisation


async def _upsert_group(uow: UnitOfWork, conversation: Conversation, now: datetime
                        ) -> tuple[Group, bool]:
    """The conversation's group, and whether this turn created it (only one turn can)."""
    group = await uow.groups.by_conversation(conversation.conversation_id)
    created = False
    if group is None:
        created = await uow.groups.add_if_absent(dict(
            conversation_id=conversation.conversation_id, kind=conversation.kind,
            name=conversation.name or "", tenant_id=conversation.tenant_id,
            team_id=conversation.team_id, team_name=conversation.team_name,
            channel_name=None if conversation.conversation_id == conversation.team_id
            else conversation.channel_name,
            time_zone="Europe/Copenhagen", language="da", created_at=now))
        group = await uow.groups.by_conversation(conversation.conversation_id)
        if created:
            log.info("group registered", extra={"group_id": group.id, "kind": group.kind})
    elif group.team_id and (conversation.team_name or conversation.channel_name):
        renamed(group, team=conversation.team_name, channel=conversation.channel_name)
    elif conversation.name and conversation.name != group.name:
        group.name = conversation.name
    return group, created


async def _upsert_address(
    uow: UnitOfWork,
    conversation: Conversation,
    group: Group,
    policy: AddressPolicy,
    now: datetime,
    owner: Person | None = None,
) -> None:
    if not policy.allows(conversation):
        log.warning(
            "address not stored: service URL host or tenant not allowed",
            extra={"service_url": conversation.service_url, "tenant_id": conversation.tenant_id},
        )
        return
    address = await uow.addresses.by_conversation(conversation.conversation_id)
    if address is None:
        await uow.addresses.add_if_absent(dict(
            conversation_id=conversation.conversation_id, conversation_type=conversation.kind,
            channel_id=conversation.channel_id, service_url=conversation.service_url,
            bot_id=conversation.bot_id, updated_at=now))
        address = await uow.addresses.by_conversation(conversation.conversation_id)
    # The service URL is regional and may move: the newest activity is right. Written only
    # when something changed, so an ordinary message costs no write (SQLite has one writer).
    current = _address_values(conversation, group.id)
    if conversation.kind == ConversationKind.PERSONAL and owner is not None:
        current["member_aad_object_id"] = owner.aad_object_id
    changed = {k: v for k, v in current.items() if getattr(address, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(address, key, value)
        address.updated_at = now


def _address_values(conversation: Conversation, group_id: int) -> dict[str, object]:
    """What the conversation's stored address holds after its newest activity."""
    return dict(
        conversation_type=conversation.kind, channel_id=conversation.channel_id,
        service_url=conversation.service_url, tenant_id=conversation.tenant_id,
        team_id=conversation.team_id, teams_channel_id=conversation.teams_channel_id,
        bot_id=conversation.bot_id, bot_name=conversation.bot_name, group_id=group_id)


async def _upsert_member(uow: UnitOfWork, group: Group, person: Person, now: datetime) -> Member:
    member = await uow.members.by_teams_id(group.id, person.teams_id)
    if member is None and person.aad_object_id:
        member = await uow.members.by_aad_object_id(group.id, person.aad_object_id)
    if member is None:
        member = await _known_from_minutes(uow, group, person, now)
    if member is None:
        await uow.members.add_if_absent(dict(
            group_id=group.id, teams_id=person.teams_id, role=Role.MEMBER, joined_at=now,
            name=person.name))
        member = await uow.members.by_teams_id(group.id, person.teams_id)
    member.teams_id = person.teams_id
    if member.left_at is not None:
        await came_back(uow, group, member, now)
    member.name = person.name or member.name
    member.aad_object_id = person.aad_object_id or member.aad_object_id
    member.email = person.email or member.email
    if not member.organisation:
        # Set once, never over what the secretary or the member wrote: a guest from another
        # municipality keeps their home address, so their domain says where they are from.
        member.organisation = organisation_of_email(member.email)
    await uow.flush()
    return member


async def _known_from_minutes(uow: UnitOfWork, group: Group, person: Person,
                              now: datetime) -> Member | None:
    """The member made for this person by an import of old minutes, now that they turn up in
    Teams: same whole name (case and accents aside), and only one such. They keep their
    presence, tasks and history, and are from now on reminded like everyone else; but not a
    leading role, since a display name is anybody's to choose."""
    if not person.name:
        return None
    wanted = name_key(person.name)
    namesakes = [member for member in await uow.members.known_only_from_minutes(group.id)
                 if name_key(member.name) == wanted]
    if len(namesakes) != 1:
        return None
    member = namesakes[0]
    member.imported_at = None
    if member.role in MANAGERS:  # given before such roles were refused to imported members
        record_role_change(uow, group, member, member, member.role, Role.MEMBER, now)
        member.role = Role.MEMBER
    log.info("member known from imported minutes found in Teams",
             extra={"group_id": group.id, "member_id": member.id})
    return member


async def _make_secretary_if_nobody_leads(uow: UnitOfWork, group: Group, member: Member,
                                          now: datetime) -> None:
    # Only those still in the group lead it: a secretary who left keeps the role on record.
    if not await secretaries(uow, group):
        record_role_change(uow, group, member, member, member.role, Role.SECRETARY, now)
        member.role = Role.SECRETARY
        log.info("first secretary of the group", extra={"group_id": group.id})


async def _lead_as_in_the_team(uow: UnitOfWork, group: Group, now: datetime) -> None:
    """A new group of a team's channel is led as the team's other channels are: their chairs
    and secretaries hold the same roles in it (Teams delivers mentions from every channel, and
    each is a group of its own). A team new to the bot waits for its installer."""
    for leader in await leaders_of_team(uow, group):
        member = await _upsert_member(uow, group, Person(
            teams_id=leader.teams_id, name=leader.name, aad_object_id=leader.aad_object_id,
            email=leader.email), now)
        if member.role not in MANAGERS:
            record_role_change(uow, group, member, member, member.role, leader.role, now)
            member.role = leader.role
    await uow.flush()


async def _gone_meanwhile(uow: UnitOfWork, group: Group, present: list[Person],
                          installer: Person, now: datetime) -> None:
    """The bot added again: it was away and heard nobody leave. Those not in the conversation
    now have left (one known only from imported minutes was never in it); if none of the
    chairs and secretaries is still in it, the installer leads first, so the leavers' tasks go
    to them and no take-over card is needed."""
    teams_ids = {person.teams_id for person in present}
    aad_ids = {person.aad_object_id for person in present if person.aad_object_id}
    active = [m for m in await uow.members.of_group(group.id)
              if m.left_at is None and m.imported_at is None]
    gone = [m for m in active if m.teams_id not in teams_ids
            and not (m.aad_object_id and m.aad_object_id in aad_ids)]
    if not gone:
        return
    if all(m in gone for m in active if m.role in MANAGERS):
        leader = await _upsert_member(uow, group, installer, now)
        record_role_change(uow, group, leader, leader, leader.role, Role.SECRETARY, now)
        leader.role = Role.SECRETARY
        log.info("leaders gone while the bot was away: the installer leads",
                 extra={"group_id": group.id})
    for member in gone:
        await leave(uow, group, member, now, "not in the conversation when the bot came back")
    log.info("members gone while the bot was away", extra={"group_id": group.id,
                                                           "gone": len(gone)})
