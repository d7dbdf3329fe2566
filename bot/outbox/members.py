"""The messages about members and the group itself: a leaver's open tasks for the secretary,
the word a week before a group the bot was removed from is erased, and the offer to take over
in a group left without a chair or a secretary."""

from datetime import datetime
from typing import Any

from babel.lists import format_list

from bot.handlers.tasks.cards import task_list_card
from bot.outbox.card import NothingToSend, card_message
from bot.turn import Turn
from bot.views.task_lists import OF
from meetings.common.dates import format_long_date
from meetings.common.entities import OutboxMessage
from meetings.common.i18n import LANGUAGES, translations
from meetings.groups.entities import Group
from meetings.groups.membership.leaving import secretaries


async def left_member_tasks(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """The leaver's tasks still open when it is sent, on the task list card whose rows open
    with the reassign and cancel buttons; the list a click brings back is theirs by name."""
    member = await turn.uow.members.get(int((row.payload or {}).get("member_id") or 0))
    if member is None or member.group_id != turn.group.id:
        raise NothingToSend("the member is gone")
    tasks = await turn.uow.tasks.unfinished_of_owners([member.id])
    if not tasks:
        raise NothingToSend("every task of the member is finished or handed on")
    heading = turn._("%(name)s has left the group. Their open tasks: hand each on to "
                     "somebody else or cancel it.", name=member.name)
    return card_message(await task_list_card(
        turn, heading, tasks, "", listed={"list": OF, "who": member.name}))


async def newcomer_welcome(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """To one added to a group's chat, or to a team: then every group of it she joined, by
    their names as they are now, one message for them all. Teams does not say which language
    the one added reads, so it is written in the group's, with a line in the other language
    saying she may write in hers."""
    groups = await _groups_joined(turn, row)
    if len(groups) > 1:
        text = turn._(
            "Welcome to %(group)s! I am Mødebot, and I keep track of these groups' meetings, "
            "agendas, minutes and tasks. Ask me here, for example “when is the next meeting?”, or "
            "write “help”.", group=format_list([g.name for g in groups], locale=turn.language))
    else:
        text = turn._(
            "Welcome to %(group)s! I am Mødebot, and I keep track of the group's meetings, "
            "agendas, minutes and tasks. Ask me here, for example “when is the next meeting?”, or "
            "write “help”.",
            group=turn.group.name)
    return {"type": "message", "text": f"{text}\n\n{_in_the_other_language(turn.language)}"}


def _in_the_other_language(language: str) -> str:
    other = next(other for other in LANGUAGES if other != language)
    # The English text read by one welcomed in Danish, the Danish by one welcomed in English.
    return translations(other).gettext(
        "You may also write to me in English: I answer in the language you write in.")


async def _groups_joined(turn: Turn, row: OutboxMessage) -> list[Group]:
    """The team's groups a welcome names, those the bot still serves; the row's own first."""
    ids = [i for i in (row.payload or {}).get("groups") or [] if isinstance(i, int)]
    groups = [turn.group] + [g for i in ids if i != turn.group.id
                             and (g := await turn.uow.groups.get(i)) is not None]
    return [g for g in groups if g.bot_removed_at is None]


async def erasure_warning(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    erase_at = datetime.fromisoformat(str((row.payload or {}).get("erase_at")))
    day = format_long_date(erase_at.astimezone(turn.tz).date(), turn.language)
    return {"type": "message", "text": turn._(
        "Mødebot was removed from “%(group)s”. Its meetings, minutes and tasks will be erased "
        "on %(day)s. Add Mødebot to the conversation again before then to keep them.",
        group=turn.group.name, day=day)}


async def leaderless(turn: Turn, row: OutboxMessage) -> dict[str, Any]:
    """In the group's chat; nothing once somebody leads the group again."""
    if await secretaries(turn.uow, turn.group):
        raise NothingToSend("the group has a chair or a secretary again")
    return card_message(turn.card("take_over", taken=False, **leaderless_text(turn)))


def leaderless_text(turn: Turn) -> dict[str, str]:
    return {"heading_text": turn._("The group has no chair or secretary"),
            "text": turn._("Nobody in the group is chair or secretary any more, so nobody can "
                           "plan meetings or give roles. The first of you to click below "
                           "becomes secretary; until then I keep answering and reminding "
                           "as before.")}
