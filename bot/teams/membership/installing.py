"""The bot added to a conversation, or somebody added to it: the group, its members and its
address registered, and the bot's first words there (or, added again, that it is back).
`MeetingBot` inherits these handlers."""

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount
from botbuilder.schema.teams import TeamInfo, TeamsChannelAccount

from bot.teams.activity_facts import conversation_of, person_of
from bot.teams.answers import send
from bot.teams.membership.newcomers import joined_team, newcomers, roster, team_channels
from bot.teams.membership.team_events import ConversationEvents
from bot.turn import Reply, Turn
from bot.views.meetings import help_card, welcome_back_text, welcome_text
from meetings.agenda.newcomers import call_newcomers
from meetings.common.conversation import AddressPolicy, Person
from meetings.groups.membership.newcomers import welcome_newcomers
from meetings.groups.registration import claim_welcome, register_conversation
from meetings.groups.vocabulary import ConversationKind


class Installing(ConversationEvents):
    _policy: AddressPolicy
    _turn: Callable[..., AbstractAsyncContextManager[Turn]]

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._register(turn_context, installer=person_of(turn_context.activity.from_property))

    async def on_teams_members_added_dispatch(
        self, members_added: list[ChannelAccount], team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        await self.on_teams_members_added(await newcomers(turn_context, members_added),
                                          team_info, turn_context)

    async def on_teams_members_added(
        self, teams_members_added: list[TeamsChannelAccount], team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        bot_id = turn_context.activity.recipient.id
        if any(member.id == bot_id for member in teams_members_added):
            await self._register(turn_context,
                                 installer=person_of(turn_context.activity.from_property))
            return
        people = [person_of(m) for m in teams_members_added]
        if not await joined_team(self._uow, self._clock, turn_context, people):
            await self._register(turn_context, installer=None, people=people, welcome=False)

    async def _register(self, turn_context: TurnContext, *, installer: Person | None,
                        people: list[Person] | None = None, welcome: bool = True) -> None:
        whole = False
        if people is None:
            people, whole = await roster(turn_context)
        conversation = conversation_of(turn_context.activity)
        channels, shared = await team_channels(turn_context) if installer else ([], [])
        async with self._uow() as uow:
            known = await uow.groups.by_conversation(conversation.conversation_id)
            back = known is not None and known.bot_removed_at is not None
            group, _ = await register_conversation(
                uow, conversation, people=people, installer=installer, policy=self._policy,
                now=self._clock.now(), whole_roster=whole, team_channels=channels,
                shared_channels=shared)
            if installer is None:  # somebody added to the chat
                await call_newcomers(
                    uow, await welcome_newcomers(uow, group, people, self._clock.now()),
                    self._clock.now())
            first = welcome and await claim_welcome(uow, group, self._clock.now())
            await uow.commit()
        if first:
            # The group's language, not the installer's client locale: the group is Danish
            # unless set otherwise, whatever language one member's Teams is in.
            personal = group.kind == ConversationKind.PERSONAL
            async with self._turn(turn_context, group.language) as turn:
                await send(turn_context, Reply(
                    text=welcome_back_text(turn) if back and not personal
                    else welcome_text(turn, personal=personal), card=help_card(turn)))

