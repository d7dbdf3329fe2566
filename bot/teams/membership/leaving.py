"""membersRemoved and the app uninstalled: a member who left, or the bot removed from the
conversation, turned into the domain's use cases. In a team both concern every channel of the
team the bot serves (Teams addresses them to the team)."""

from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount

from bot.teams.activity_facts import conversation_of, person_of, team_wide
from meetings.common.clock import Clock
from meetings.groups.team import bot_removed_from, left_conversation
from storage.unit_of_work import UnitOfWorkFactory


async def members_removed(uow_factory: UnitOfWorkFactory, clock: Clock,
                          turn_context: TurnContext, removed: list[ChannelAccount]) -> None:
    """The bot among those removed means the conversation is gone for it; anybody else is a
    member who left."""
    activity = turn_context.activity
    conversation, whole_team = conversation_of(activity), team_wide(activity)
    async with uow_factory() as uow:
        if any(account.id == activity.recipient.id for account in removed):
            await bot_removed_from(uow, conversation, clock.now(), whole_team=whole_team)
        else:
            for account in removed:
                await left_conversation(uow, conversation, person_of(account), clock.now(),
                                        whole_team=whole_team)
        await uow.commit()


async def app_removed(uow_factory: UnitOfWorkFactory, clock: Clock,
                      turn_context: TurnContext) -> None:
    """installationUpdate "remove": the same as the bot removed from the conversation."""
    activity = turn_context.activity
    async with uow_factory() as uow:
        await bot_removed_from(uow, conversation_of(activity), clock.now(),
                               whole_team=team_wide(activity))
        await uow.commit()
