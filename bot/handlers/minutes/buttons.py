"""Card buttons on the minutes: the overview, an item's referat and its tasks, who came, the
minute-taker, posting for approval, approving, commenting, resolving a comment.

Ids in card data are client input: the use cases look each one up within the clicker's group
and check that they may write (chair, secretary, minute-taker) or approve (members).
"""

from bot.card_data import Action
from bot.handlers.minutes.cards import entry_card, minutes_card, presence_card
from bot.turn import CardReply, Turn
from bot.views.minutes import entry_fingerprint
from bot.views.replies import problem_text
from dialogs.card_inputs import (
    first_of,
    meeting_id_of,
    message_line_of,
    minutes_id_of,
    optional_minutes_id,
    version_of,
)
from dialogs.task_form import chosen_owner, date_of, owner_of
from meetings.common.refusal import (
    BAD_MINUTES,
    LINE_CHANGED,
    MINUTES_NOT_FOUND,
    NOT_ALLOWED,
    Refusal,
)
from meetings.groups.entities import Member
from meetings.minutes.approval import (
    MAX_COMMENT,
    approve,
    comment,
    post_for_approval,
    resolve_comment,
)
from meetings.minutes.asked_lines import answer_line_question
from meetings.minutes.presence import presence_list
from meetings.minutes.recording import (
    add_task_from_minutes,
    answer_minutes_question,
    entry_of_group,
    minutes_of_group,
    minutes_to_show,
    record_entry,
    set_minute_taker,
    set_presence,
)
from meetings.minutes.shown import entry_to_write, presence_form
from meetings.tasks.asked import question_of
from meetings.tasks.entities import Task
from meetings.tasks.tasks import TaskDraft

MAX_FIELD = 10_000


def text_of(data: dict, name: str) -> str:
    return str(data.get(name) or "")[:MAX_FIELD]


async def show_minutes(turn: Turn, data: dict) -> CardReply:
    minutes = await minutes_to_show(turn.uow, turn.group, turn.member, meeting_id_of(data),
                                    turn.now)
    return CardReply(card=await minutes_card(turn, minutes))


async def show_entry(turn: Turn, data: dict) -> CardReply:
    minutes, entry = await entry_of_group(turn.uow, turn.group, minutes_id_of(data, "entry_id"))
    return CardReply(card=await entry_card(turn, minutes, entry))


async def save_entry(turn: Turn, data: dict) -> CardReply:
    stored = await entry_to_write(turn.uow, turn.group, turn.member,
                                  minutes_id_of(data, "entry_id"))
    seen = data.get("seen")
    if seen and seen != entry_fingerprint(stored.entry) and stored.writable:
        # Changed since this card was shown (a "#beslutning" from the chat, another editor):
        # nothing is overwritten; the card shows what is stored and keeps what was typed.
        typed = "\n\n".join(text for text in (text_of(data, "notes"), text_of(data, "decision"))
                            if text)
        return CardReply(card=await entry_card(
            turn, stored.minutes, stored.entry, kept=typed or None, error=turn._(
                "This item was changed while you were writing, so nothing was saved. The card "
                "now shows what is stored; your text is below it to copy from.")))
    entry = await record_entry(turn.uow, turn.group, turn.member, minutes_id_of(data, "entry_id"),
                               turn.now, notes=text_of(data, "notes"),
                               decision=text_of(data, "decision"),
                               guests=text_of(data, "guests"))
    minutes, entry = await entry_of_group(turn.uow, turn.group, entry.id)
    return CardReply(card=await entry_card(turn, minutes, entry, notice=turn._("Saved.")))


async def add_task(turn: Turn, data: dict) -> CardReply:
    """From the entry's task form, or the owner chosen on the card that asked who after
    "#opgave" (a name of several members, or of none)."""
    entry_id = minutes_id_of(data, "entry_id")
    typed = {name: text_of(data, name)[:1000] for name in ("title", "owner_id", "owner_name",
                                                          "due")}
    try:
        asked = data.get("owner_asked") is True  # the card asked who: no answer, no task
        owner_id, owner_name = chosen_owner(data) if asked else owner_of(data)
        due = date_of(typed["due"], "due_on") if typed["due"] else None
        task, created = await _task_made(turn, entry_id, data, TaskDraft(
            title=typed["title"], owner_id=owner_id, owner_name=owner_name, due_on=due))
    except Refusal as refused:
        if refused.code in (MINUTES_NOT_FOUND, NOT_ALLOWED, LINE_CHANGED):
            raise
        minutes, entry = await entry_of_group(turn.uow, turn.group, entry_id)
        error = problem_text(turn, refused.code, dict(refused.details))
        return CardReply(card=await entry_card(turn, minutes, entry, error=error,
                                               task_values=typed))
    minutes, entry = await entry_of_group(turn.uow, turn.group, entry_id)
    notice = turn._("Task created: %(title)s", title=task.title) if created \
        else turn._("The task was already created: %(title)s", title=task.title)
    return CardReply(card=await entry_card(turn, minutes, entry, notice=notice))


async def _task_made(turn: Turn, entry_id: int, data: dict, draft: TaskDraft) -> tuple[Task, bool]:
    """The task, and whether this click made it: the card that asked who carries its question,
    which makes one task however often it is answered; the entry's own form makes one a click."""
    question = question_of(data.get("question"))
    if question is None:
        return await add_task_from_minutes(turn.uow, turn.group, turn.member, entry_id, draft,
                                           turn.now), True
    if (line := message_line_of(data)) is not None:  # asked after "#opgave" in the chat
        answer = await answer_line_question(turn.uow, turn.group, turn.member, entry_id, draft,
                                            question, turn.now, line)
    else:
        answer = await answer_minutes_question(turn.uow, turn.group, turn.member, entry_id,
                                               draft, question, turn.now)
    return answer.task, answer.changed


async def show_presence(turn: Turn, data: dict) -> CardReply:
    minutes = await presence_form(turn.uow, turn.group, turn.member,
                                  minutes_id_of(data, "minutes_id"))
    return CardReply(card=await presence_card(turn, minutes, first=first_of(data)))


async def save_presence(turn: Turn, data: dict) -> CardReply:
    """Only the rows that changed are written: after approval each is a logged correction. A
    member left unmarked stays unmarked, and one not on the card (another page of a large
    group) as they were. A substitute chosen without a name is asked for it on the card, its
    field opened; the rest is saved. The card comes back at the page the button asks for."""
    minutes = await minutes_of_group(turn.uow, turn.group, minutes_id_of(data, "minutes_id"))
    unnamed: list[Member] = []
    for member, row in await presence_list(turn.uow, turn.group, minutes):
        if f"presence_{member.id}" not in data and f"substitute_{member.id}" not in data:
            continue
        status = str(data.get(f"presence_{member.id}") or (row.status if row else ""))
        if not status:
            continue
        name = " ".join(text_of(data, f"substitute_{member.id}").split())
        name = name if status == "substitute" else ""
        if status == "substitute" and not name:
            unnamed.append(member)
        elif row is None or (status, name) != (row.status, row.substitute_name or ""):
            await set_presence(turn.uow, turn.group, turn.member, minutes.id, member.id,
                               status, name or None, turn.now)
    if unnamed:
        return CardReply(card=await presence_card(
            turn, minutes, first=first_of(data), unnamed=[m.id for m in unnamed],
            error=turn._("Write the substitute's name under %(name)s and save again. The rest "
                         "of the attendance is saved.", name=", ".join(m.name for m in unnamed))))
    return CardReply(card=await presence_card(turn, minutes, notice=turn._("Attendance saved."),
                                              first=first_of(data)))


async def set_taker(turn: Turn, data: dict) -> CardReply:
    """A name written for somebody outside the group wins over the member chosen."""
    minutes_id = minutes_id_of(data, "minutes_id")
    name = " ".join(text_of(data, "taker_name").split())
    member_id = None if name else optional_minutes_id(data, "taker_id")
    minutes = await set_minute_taker(turn.uow, turn.group, turn.member, minutes_id, member_id,
                                     name or None, turn.now)
    return CardReply(card=await presence_card(turn, minutes, first=first_of(data),
                                              notice=turn._("The minute-taker is saved.")))


async def post(turn: Turn, data: dict) -> CardReply:
    minutes = await post_for_approval(turn.uow, turn.group, turn.member,
                                      minutes_id_of(data, "minutes_id"), turn.now)
    notice = turn._("Posted to the group for approval.")
    return CardReply(card=await minutes_card(turn, minutes, notice=notice))


async def approve_minutes(turn: Turn, data: dict) -> CardReply:
    minutes_id = minutes_id_of(data, "minutes_id")
    try:
        await approve(turn.uow, turn.group, turn.member, minutes_id, turn.now,
                      version=version_of(data))
    except Refusal as refused:
        if refused.code != BAD_MINUTES or refused.details.get("field") != "version":
            raise
        # A card of a text changed since: the clicker's own copy of the current one, to read
        # before approving (the group's card is brought up to date by the outbox).
        minutes = await minutes_of_group(turn.uow, turn.group, minutes_id)
        notice = problem_text(turn, BAD_MINUTES, {"field": "version"})
        return CardReply(card=await minutes_card(turn, minutes, notice=notice))
    return await _answer(turn, data, minutes_id, turn._("Thank you: you approved the minutes."))


async def comment_minutes(turn: Turn, data: dict) -> CardReply:
    minutes_id = minutes_id_of(data, "minutes_id")
    text = text_of(data, "comment").strip()
    if not 0 < len(text) <= MAX_COMMENT:
        return CardReply(message=turn._("A comment needs some text, at most 2,000 characters."))
    await comment(turn.uow, turn.group, turn.member, minutes_id,
                  optional_minutes_id(data, "entry_id"), text, turn.now,
                  version=version_of(data))
    return await _answer(turn, data, minutes_id,
                         turn._("Your comment is sent to the chair and the secretary."))


async def _answer(turn: Turn, data: dict, minutes_id: int, notice: str) -> CardReply:
    """From the card posted to the group: that card, updated for everybody (it says who has
    approved); from one's own card: that card with a thank-you."""
    minutes = await minutes_of_group(turn.uow, turn.group, minutes_id)
    if data.get("shared") is True or str(data.get("shared")).lower() == "true":
        return CardReply(card=await minutes_card(turn, minutes, shared=True), for_everyone=True)
    return CardReply(card=await minutes_card(turn, minutes, notice=notice))


async def resolve(turn: Turn, data: dict) -> CardReply:
    event = await resolve_comment(turn.uow, turn.group, turn.member,
                                  minutes_id_of(data, "event_id"), turn.now)
    minutes = await minutes_of_group(turn.uow, turn.group, event.minutes_id)
    return CardReply(card=await minutes_card(turn, minutes,
                                             notice=turn._("The comment is resolved.")))


MINUTES_ACTIONS: dict[str, Action] = {
    "minutes.open": show_minutes,
    "minutes.entry": show_entry,
    "minutes.entry.save": save_entry,
    "minutes.task": add_task,
    "minutes.presence": show_presence,
    "minutes.presence.save": save_presence,
    "minutes.taker": set_taker,
    "minutes.post": post,
    "minutes.approve": approve_minutes,
    "minutes.comment": comment_minutes,
    "minutes.resolve": resolve,
}
