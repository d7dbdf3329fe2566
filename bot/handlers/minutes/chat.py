"""Chat about the minutes: "referat" opens the minutes of the meeting going on or last held,
"#punkt 4", "#beslutning …", "#opgave Rie …" note lines into them (several in one message,
each in turn), and "hvad blev besluttet om plejefamilier?" searches them."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.turn import Reply, Speaker, Turn
from bot.views import minutes as views
from bot.views.minutes import search_card
from bot.views.replies import task_problem_text
from bot.views.tasks import owner_card
from meetings.common.dates import format_date
from meetings.common.i18n import N_
from meetings.common.refusal import NO_MEETING, Refusal
from meetings.minutes.asked_lines import asked_line_hash
from meetings.minutes.capture import (
    DECISION,
    ITEM,
    LOOK_BACK,
    TASK,
    CaptureResult,
    meeting_now,
    parse_captures,
)
from meetings.minutes.message_lines import capture_message
from meetings.minutes.recording import minutes_of, minutes_to_show
from meetings.minutes.shown import meetings_with_minutes, minutes_meeting_named, minutes_overview
from meetings.minutes.vocabulary import MinutesStatus
from meetings.planning.entities import Meeting
from meetings.search.ports import SearchReads
from meetings.search.search import search_minutes
from meetings.search.spelling import respelt
from meetings.tasks.access import may_own
from meetings.tasks.owners import AMBIGUOUS, SEVERAL, UNKNOWN, OwnerMatch
from meetings.understanding.intents import MINUTES_DONE, Intent, Understood
from meetings.understanding.minutes_lines import meant_minutes_message
from meetings.understanding.slots import year_asked

EVER = datetime(1900, 1, 1, tzinfo=UTC)
NOTED = {DECISION: N_("Noted under item %(number)s: decision."),
         "info": N_("Noted under item %(number)s: information."),
         "note": N_("Noted under item %(number)s: note.")}


async def meeting_to_record(turn: Turn) -> Meeting | None:
    """The meeting going on (or just held), else the last one held within LOOK_BACK, else the
    last one with minutes however old (a group that paused, minutes imported from years ago):
    an older meeting without minutes is not opened for writing them."""
    meeting = await meeting_now(turn.uow, turn.group, turn.now)
    if meeting is not None:
        return meeting
    since = turn.now - LOOK_BACK
    held = await turn.uow.minutes.meetings_started(turn.group.id, since, turn.now)
    if held:
        return held[0]
    for older in await turn.uow.minutes.meetings_started(turn.group.id, EVER, since):
        if await turn.uow.minutes.of_meeting(older.id) is not None:
            return older
    return None


async def show_minutes(turn: Turn, understood: Understood) -> Reply:
    if understood.meeting:  # "referatet fra marts": that meeting's, however old
        meeting = await minutes_meeting_named(turn.uow, turn.group, understood.meeting, turn.now)
        if meeting is None:
            return Reply(text=await none_then_text(turn, understood.meeting))
    else:
        meeting = await meeting_to_record(turn)
    if meeting is None:
        return Reply(text=turn._("No meeting has been held yet, so there are no minutes. The "
                                 "chair or the secretary starts them by writing “referat” in "
                                 "the group's chat during or after the meeting."))
    if turn.read_only:  # read for another chat (the 1:1 one): shown as they are, none opened
        minutes = await minutes_of(turn.uow, turn.group, meeting.id)
        if minutes is None:
            return Reply(text=turn._("There are no minutes yet. The chair or the secretary "
                                     "starts them by writing “referat” in the group's chat "
                                     "during or after the meeting."))
    else:
        minutes = await minutes_to_show(turn.uow, turn.group, turn.member, meeting.id, turn.now)
    overview = await minutes_overview(turn.uow, turn.group, minutes, turn.member)
    card = views.minutes_card(turn, overview)
    if understood.selector == MINUTES_DONE and overview.can_post and turn.read_only \
            and minutes.status == MinutesStatus.DRAFT:  # the 1:1 chat shows them, posts nothing
        return Reply(text=turn._("Post the minutes for approval from their card in the "
                                 "group's chat."), card=card)
    if understood.selector == MINUTES_DONE and overview.can_post \
            and minutes.status == MinutesStatus.DRAFT:
        # "referatet er færdigt": posted by its button, never on a sentence
        return Reply(text=turn._("“Post for approval” on the card sends them to the group."),
                     card=card)
    return Reply(card=card)


async def none_then_text(turn: Turn, when: str) -> str:
    """No minutes from the day or month asked for: the meetings that have them, named."""
    none = turn._("There are no minutes from %(when)s.", when=when)
    held = [format_date(meeting.starts_at.astimezone(ZoneInfo(turn.group.time_zone)).date(),
                        turn.language) for meeting in await meetings_with_minutes(
        turn.uow, turn.group, turn.now)]
    if not held:
        return none
    days = held[0] if len(held) == 1 else turn._(
        "%(first)s and %(last)s", first=", ".join(held[:-1]), last=held[-1])
    return f"{none} " + turn.ngettext("There are minutes of the meeting on %(days)s.",
                                      "There are minutes of the meetings on %(days)s.",
                                      len(held), days=days)


async def capture(turn: Turn, understood: Understood) -> Reply:
    if meant := meant_minutes_message(understood.argument):
        # "#beslutnig …", "# opgave …": never noted on a guess, but the writer is told
        return Reply(text=turn._("Not noted. Write the lines like this: “%(line)s”", line=meant)
                     if "\n" in meant else
                     turn._("Not noted. Write the line like this: “%(line)s”", line=meant))
    captures = parse_captures(understood.argument)
    if not captures:
        return Reply(text=turn._("Start the line with #punkt, #beslutning, #opgave, #info or "
                                 "#note, for example “#beslutning Netværket godkendte "
                                 "årsrapporten”."))
    try:
        results = await capture_message(turn.uow, turn.group, turn.member, captures, turn.now,
                                        mentions=turn.mentions, message_id=turn.message_id)
    except Refusal as refused:
        if refused.code != NO_MEETING:
            raise
        return Reply(text=turn._("No meeting is going on or was just held, and no minutes "
                                 "are open, so there are none to note this in. Write "
                                 "“minutes” to open those of the last meeting, then the "
                                 "line again."))
    replies, position = [], 0
    for result in results:
        replies.append(await captured_reply(turn, result, position))
        position += result.kind != ITEM  # as capture_message numbers the message's lines
    return together(replies)


def together(replies: list[Reply]) -> Reply:
    """One answer to a message of several lines: each line's short answer under the one
    before, and a task's question about its owner as the card (a second one after it)."""
    if len(replies) == 1:
        return replies[0]
    cards = [reply.card for reply in replies if reply.card is not None]
    return Reply(text="\n\n".join(reply.text for reply in replies if reply.text) or None,
                 card=cards[0] if cards else None, then=cards[1] if len(cards) > 1 else None)


async def captured_reply(turn: Turn, result: CaptureResult, position: int = 0) -> Reply:
    """A short answer, so the chat stays readable during the meeting. A task's owner asked
    about: the card carries the line (the message and `position`, which of its lines), so
    the task the answer makes follows the message's edits."""
    number = result.entry.number
    if result.kind == ITEM:
        return Reply(text=turn._("Now noting under item %(number)s: %(title)s.", number=number,
                                 title=result.entry.title))
    if result.kind != TASK:
        return Reply(text=turn._(NOTED.get(result.kind, NOTED["note"]), number=number))
    if result.problem is not None:
        problem = result.problem
        return Reply(text=task_problem_text(turn, problem.code, dict(problem.details)))
    if result.candidates or result.outsiders or result.unknown:
        line = result.line
        draft = {"entry_id": result.entry.id, "title": line.title,
                 "due": line.due_on.isoformat() if line.due_on else "", "owner_asked": True}
        if turn.message_id:
            draft.update(line_message=turn.message_id, line_position=position,
                         line_hash=await asked_line_hash(turn.uow, turn.group, turn.message_id,
                                                         position))
        asked = SEVERAL if result.several else AMBIGUOUS
        match = OwnerMatch(UNKNOWN, name=result.unknown) if result.unknown \
            else OwnerMatch(asked, candidates=result.candidates, outsiders=result.outsiders)
        members = [m for m in await turn.uow.members.of_group(turn.group.id) if may_own(m)]
        return Reply(card=owner_card(turn, draft, match, members, template="minutes_owner"))
    task = result.task
    return Reply(text=turn._("Task under item %(number)s: %(title)s, due %(date)s.",
                             number=number, title=task.title,
                             date=format_date(task.due_on, turn.language)))


async def search(turn: Turn, understood: Understood) -> Reply:
    return await search_reply(turn, turn.uow.search, turn.group.id, understood)


async def search_reply(speaker: Speaker, reads: SearchReads, group_id: int,
                       understood: Understood) -> Reply:
    """The group's minutes searched; read in a unit of work, or outside one by the quick reads
    (the bot answers a typed search so: it writes nothing)."""
    query = understood.argument.strip()
    example = "hvad blev besluttet om plejefamilier?" if speaker.language != "en" \
        else "what did we decide about foster families?"
    if not query:
        return Reply(text=speaker._("What should I look for in the minutes? Write for example: "
                                    "%(example)s", example=example))
    # "… sidste år", "… in 2023": that year's meetings, in the group's time zone
    year = year_asked(understood.selector, speaker.now.astimezone(speaker.tz).year)
    within = None if year is None else (datetime(year, 1, 1, tzinfo=speaker.tz),
                                        datetime(year + 1, 1, 1, tzinfo=speaker.tz))
    hits = await search_minutes(reads, group_id, query, speaker.language, within=within)
    if not hits and (meant := await respelt(reads, group_id, query)) is not None \
            and (hits := await search_minutes(reads, group_id, meant, speaker.language,
                                              within=within)):
        return Reply(text=speaker._("I found nothing about “%(query)s” in the minutes, but this "
                                    "about “%(meant)s”:", query=query, meant=meant),
                     card=search_card(speaker, meant, hits, year))
    if not hits and year is not None:
        return Reply(text=speaker._("I found nothing about “%(query)s” in the minutes of "
                                    "%(year)s. Try another word or year, for example: "
                                    "%(example)s", query=query, year=year, example=example))
    if not hits:
        return Reply(text=speaker._("I found nothing about “%(query)s” in the minutes. Try "
                                    "another word, for example: %(example)s", query=query,
                                    example=example))
    return Reply(card=search_card(speaker, query, hits, year))


MINUTES_COMMANDS = {
    Intent.MINUTES: show_minutes,
    Intent.CAPTURE: capture,
    Intent.SEARCH: search,
}
