"""Who joined a conversation or a team, as botbuilder's TeamsActivityHandler looks them up but
without failing the turn when the lookup fails, who is in the conversation, and which channels
its team has."""

import asyncio
import logging

from botbuilder.core import TurnContext
from botbuilder.core.serializer_helper import deserializer_helper
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import ChannelAccount, ErrorResponseException
from botbuilder.schema.teams import TeamsChannelAccount

from bot.teams.activity_facts import conversation_of, person_of, team_wide
from meetings.agenda.newcomers import call_newcomers
from meetings.common.clock import Clock
from meetings.common.conversation import Person
from meetings.groups.membership.newcomers import welcome_to_team
from meetings.groups.registration import joined_team as join_groups_of_team
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)

CHANNELS_TIMEOUT = 15.0  # seconds; as our connector's


async def newcomers(turn_context: TurnContext,
                    members_added: list[ChannelAccount]) -> list[TeamsChannelAccount]:
    """The members added, with their names from Teams' roster.

    Teams sends only their ids. botbuilder 4.17.1 looks each one up and fails the whole turn on
    any error but ConversationNotFound, and the apology then goes to the whole group, where
    nobody asked anything. One who cannot be looked up now (429, 5xx) is left out: their first
    message registers them.
    """
    found = []
    bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
    for member in members_added:
        if member.additional_properties or member.id == bot_id:
            found.append(deserializer_helper(TeamsChannelAccount, member))
            continue
        try:
            found.append(await TeamsInfo.get_member(turn_context, member.id))
        except ErrorResponseException as error:
            if _code(error) == "ConversationNotFound":  # as botbuilder: the activity's account
                found.append(TeamsChannelAccount(id=member.id, name=member.name,
                                                 aad_object_id=member.aad_object_id,
                                                 role=member.role))
            else:
                log.warning("newcomer not looked up", extra={"error": repr(error)})
        except Exception as error:  # a timeout, a refused connection: as a throttled lookup
            log.warning("newcomer not looked up", extra={"error": repr(error)})
    return found


async def joined_team(uow_factory: UnitOfWorkFactory, clock: Clock, turn_context: TurnContext,
                      people: list[Person]) -> bool:
    """Members added to a team (Teams addresses the event to the team): they join every group
    of the team the bot serves, and no group is made for the team's id; each newcomer gets one
    welcome in her 1:1 chat naming those groups. False for an event that is not about a
    team."""
    if not team_wide(turn_context.activity):
        return False
    async with uow_factory() as uow:
        now = clock.now()
        groups = await join_groups_of_team(uow, conversation_of(turn_context.activity), people,
                                           now)
        await call_newcomers(uow, await welcome_to_team(uow, groups, people, now), now)
        await uow.commit()
    return True


def _code(error: ErrorResponseException) -> str | None:
    return error.error.error.code if error.error and error.error.error else None


async def roster(turn_context: TurnContext) -> tuple[list[Person], bool]:
    """Everybody in the conversation, page by page (the unpaged call is throttled to 5/min),
    and whether that is all of them (a page that fails leaves those read so far)."""
    people: list[Person] = []
    token = None
    try:
        while True:
            page = await TeamsInfo.get_paged_members(turn_context, token, 200)
            people.extend(person_of(member) for member in page.members or [])
            token = page.continuation_token
            if not token:
                return people, True
    except Exception:  # the roster is a nicety; registering the group must not fail on it
        log.warning("roster not read", exc_info=True)
        return people, False


async def team_channels(turn_context: TurnContext) -> tuple[list[str], list[str]]:
    """The ids of the channels the activity's team has now (its General channel's is the
    team's), and of those that are shared channels, which hold people from outside the team;
    none outside a team or when Teams does not say.

    botbuilder 4.17.1's TeamsInfo.get_team_channels calls the connector with `requests` inside
    a coroutine, blocking the event loop: the same call goes to a thread here."""
    team_id = conversation_of(turn_context.activity).team_id
    if not team_id:
        return [], []
    try:
        client = await TeamsInfo.get_teams_connector_client(turn_context)
        listed = await asyncio.wait_for(
            asyncio.to_thread(client.teams.get_teams_channels, team_id), CHANNELS_TIMEOUT)
    except Exception as error:  # the channels are a nicety; registering must not fail on it
        log.warning("team's channels not read", extra={"error": repr(error)})
        return [], []
    channels = [channel for channel in listed.conversations or [] if channel.id]
    return ([channel.id for channel in channels],
            [channel.id for channel in channels if (channel.type or "").casefold() == "shared"])
