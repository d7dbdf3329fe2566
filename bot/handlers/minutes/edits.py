"""A minutes line edited or deleted in Teams: while the minutes are a draft what it wrote
follows the message, and the writer is told in a word; once they are posted, or the item was
changed on its card since, the writer is told to correct it on the minutes card."""

from dataclasses import replace

from bot.handlers.minutes.chat import capture, captured_reply, together
from bot.turn import Reply, Turn
from bot.views.replies import problem_text
from meetings.common.i18n import N_
from meetings.common.refusal import Refusal
from meetings.minutes.capture import TASK, parse_captures
from meetings.minutes.line_texts import NOTING, STAYS, ItemEdit, edit_item_message
from meetings.minutes.message_lines import (
    FOLLOWED,
    NOT_OURS,
    OTHER_LINES,
    POSTED,
    TASK_CLOSED,
    Followed,
    LineChange,
    delete_message,
    edit_message,
    noted_meanwhile,
    noting_there_already,
)
from meetings.understanding.intents import Intent, understand

CORRECTED = {"decision": N_("Corrected under item %(number)s: decision."),
             "info": N_("Corrected under item %(number)s: information."),
             "note": N_("Corrected under item %(number)s: note.")}
MOVED = {"decision": N_("Moved to item %(number)s: decision."),
         "info": N_("Moved to item %(number)s: information."),
         "note": N_("Moved to item %(number)s: note.")}
REMOVED = {"decision": N_("Removed from item %(number)s: decision."),
           "info": N_("Removed from item %(number)s: information."),
           "note": N_("Removed from item %(number)s: note."),
           "task": N_("Removed from item %(number)s: task.")}


# Why a line changed in the chat is not followed; each sends the writer to the minutes card.
NOT_FOLLOWED = {
    POSTED: N_("The minutes have been posted for approval, so a line changed in the chat no "
               "longer changes them. Correct item %(number)s on the minutes card: write "
               "“referat” and choose “Edit”."),
    OTHER_LINES: N_("The edit adds or removes a line or makes a line another kind, so the "
                    "minutes do not follow it: item %(number)s is as before. Write a new line "
                    "as a message of its own, or correct item %(number)s on the minutes card: "
                    "write “referat” and choose “Edit”."),
    TASK_CLOSED: N_("The task under item %(number)s is already done or cancelled, so the "
                    "minutes do not follow the change in the chat. Correct item %(number)s on "
                    "the minutes card: write “referat” and choose “Edit”."),
}
# None of the message's lines is followed, though only one item was changed on its card.
CHANGED_ON_CARD = N_("Item %(number)s was changed on its card since, so the minutes do not "
                     "follow the change in the chat; nothing in them was changed. Correct it "
                     "on the minutes card: write “referat” and choose “Edit”.")

# A "#punkt" message corrected after a later one moved noting on: that one keeps the place.
ITEM_MOVED_ON = N_("Noting stays under item %(number)s: %(title)s, chosen after this line. "
                   "What was noted under item %(before)s meanwhile stays there; to move it to "
                   "item %(after)s, correct it on the minutes card: write “referat” and choose "
                   "“Edit”.")


async def follow_edit(turn: Turn, message_id: str, text: str, *,
                      new_lines: bool = False) -> Reply | None:
    """None when the message wrote nothing into minutes: an ordinary message, not ours. With
    `new_lines` (the chat takes minutes lines now), a message that wrote nothing and now is a
    minutes line, as a line typed a slip off and corrected in Teams, is noted as if sent now."""
    captures = parse_captures(text)
    turn.message_id = message_id  # a task line's owner card asks for the line
    try:
        followed = await edit_message(turn.uow, turn.group, turn.member, message_id,
                                      captures, turn.now, mentions=turn.mentions)
    except Refusal as refused:
        return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
    if followed.status == NOT_OURS and new_lines and captures:  # a later edit followed too
        try:
            if await noted_meanwhile(turn.uow, turn.group, message_id, turn.now):
                # the same edit delivered twice at once: noted by the first, followed here
                return await follow_edit(turn, message_id, text)
            item_edit = await edit_item_message(turn.uow, turn.group, turn.member, message_id,
                                                captures, turn.now)
            if item_edit is not None:
                return await _item_answer(turn, item_edit)
            if await noting_there_already(turn.uow, turn.group, captures, turn.now):
                return None  # "#punkt 5" edited so again (Teams' retry): answered before
            reply = await capture(turn, replace(understand(text), intent=Intent.CAPTURE,
                                                argument=text.strip()))
        except Refusal as refused:
            return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
        await turn.uow.commit()
        return reply
    return await _answer(turn, followed)


async def _item_answer(turn: Turn, edited: ItemEdit) -> Reply | None:
    """A "#punkt 5" message edited: silent when unchanged (Teams' retry, saved as it was)."""
    await turn.uow.commit()
    if edited.status not in (NOTING, STAYS):
        return None
    if edited.status == NOTING:
        return Reply(text=turn._("Now noting under item %(number)s: %(title)s.",
                                 number=edited.entry.number, title=edited.entry.title))
    return Reply(text=turn._(ITEM_MOVED_ON, number=edited.current.number,
                             title=edited.current.title, before=edited.left,
                             after=edited.entry.number))


async def follow_delete(turn: Turn, message_id: str) -> Reply | None:
    try:
        followed = await delete_message(turn.uow, turn.group, turn.member, message_id,
                                        turn.now)
    except Refusal as refused:
        return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
    return await _answer(turn, followed)


async def _answer(turn: Turn, followed: Followed) -> Reply | None:
    if followed.status == NOT_OURS:
        return None
    if followed.status != FOLLOWED:
        return Reply(text=turn._(NOT_FOLLOWED.get(followed.status, CHANGED_ON_CARD),
                                 number=followed.number))
    await turn.uow.commit()
    replies = [await _change_reply(turn, change) for change in followed.changes]
    return together(replies) if replies else None


async def _change_reply(turn: Turn, change: LineChange) -> Reply:
    if change.kind != TASK:
        said = REMOVED if change.removed else MOVED if change.moved else CORRECTED
        return Reply(text=turn._(said.get(change.kind, said["note"]), number=change.number))
    if change.result is not None:
        return await captured_reply(turn, change.result, change.position)
    if change.title is None:  # its owner was still being asked about: no task yet
        return Reply(text=turn._(REMOVED["task"], number=change.number))
    return Reply(text=turn._("Task under item %(number)s cancelled: %(title)s.",
                             number=change.number, title=change.title))

