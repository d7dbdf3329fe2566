"""What Teams tells of a conversation or a team without anybody writing: somebody or the bot
removed, the team or a channel renamed. `MeetingBot` inherits these handlers."""

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema.teams import ChannelInfo, TeamInfo, TeamsChannelAccount

from bot.teams.activity_facts import conversation_of
from bot.teams.membership.leaving import app_removed, members_removed
from meetings.common.clock import Clock
from meetings.planning.renaming import channel_renamed, team_renamed
from storage.unit_of_work import UnitOfWorkFactory


class ConversationEvents(TeamsActivityHandler):
    _uow: UnitOfWorkFactory
    _clock: Clock

    async def on_teams_members_removed(
        self, teams_members_removed: list[TeamsChannelAccount], team_info: TeamInfo,
        turn_context: TurnContext,
    ) -> None:
        await members_removed(self._uow, self._clock, turn_context, teams_members_removed)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        await app_removed(self._uow, self._clock, turn_context)

    async def on_teams_team_renamed(self, team_info: TeamInfo,
                                    turn_context: TurnContext) -> None:
        """teamRenamed: every group of the team bears the new name (channel messages carry
        ids only, so nothing else would ever tell)."""
        if team_info is None or not team_info.name:
            return
        async with self._uow() as uow:
            await team_renamed(uow, conversation_of(turn_context.activity), team_info.name,
                               self._clock.now())
            await uow.commit()

    async def on_teams_channel_renamed(self, channel_info: ChannelInfo, team_info: TeamInfo,
                                       turn_context: TurnContext) -> None:
        """channelRenamed: the channel's group bears the new name."""
        if channel_info is None or not channel_info.id or not channel_info.name:
            return
        async with self._uow() as uow:
            await channel_renamed(uow, conversation_of(turn_context.activity), channel_info.id,
                                  channel_info.name, self._clock.now())
            await uow.commit()
