"""Who joined a conversation, as botbuilder's TeamsActivityHandler looks them up, but without
failing the turn when the lookup fails."""

import logging

from botbuilder.core import TurnContext
from botbuilder.core.serializer_helper import deserializer_helper
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import ChannelAccount, ErrorResponseException
from botbuilder.schema.teams import TeamsChannelAccount

log = logging.getLogger(__name__)


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


def _code(error: ErrorResponseException) -> str | None:
    return error.error.error.code if error.error and error.error.error else None
