"""membersRemoved and the app uninstalled: a member who left, or the bot removed from the
conversation, turned into the domain's use cases."""

from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount

from bot.teams.activity_facts import conversation_of, person_of
from meetings.common.clock import Clock
from meetings.groups.leaving import bot_removed, member_left
from storage.unit_of_work import UnitOfWorkFactory


async def members_removed(uow_factory: UnitOfWorkFactory, clock: Clock,
                          turn_context: TurnContext, removed: list[ChannelAccount]) -> None:
    """The bot among those removed means the conversation is gone for it; anybody else is a
    member who left."""
    activity = turn_context.activity
    conversation_id = conversation_of(activity).conversation_id
    async with uow_factory() as uow:
        if any(account.id == activity.recipient.id for account in removed):
            await bot_removed(uow, conversation_id, clock.now())
        else:
            for account in removed:
                await member_left(uow, conversation_id, person_of(account), clock.now())
        await uow.commit()


async def app_removed(uow_factory: UnitOfWorkFactory, clock: Clock,
                      turn_context: TurnContext) -> None:
    """installationUpdate "remove": the same as the bot removed from the conversation."""
    async with uow_factory() as uow:
        await bot_removed(uow, conversation_of(turn_context.activity).conversation_id,
                          clock.now())
        await uow.commit()
