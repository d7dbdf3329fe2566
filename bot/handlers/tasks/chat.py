"""Chat about tasks: adding one in a line, "mine opgaver", "åbne opgaver", "hvad mangler Rie?",
and being away."""

from typing import Any

from babel.lists import format_list

from bot.handlers.tasks.cards import form_card, list_card, task_card
from bot.turn import Reply, Turn
from bot.views.replies import away_problem_text, task_problem_text
from bot.views.task_lists import MINE, OF, OPEN
from bot.views.tasks import away_text, owner_card
from meetings.planning.meeting_line import PROBLEM_NO_DATE, LineProblem
from meetings.tasks.access import may_own
from meetings.tasks.away_line import parse_away_date
from meetings.tasks.line import parse_task_line
from meetings.tasks.owners import AMBIGUOUS, MEMBER, OUTSIDE, SEVERAL, UNKNOWN, resolve_owner
from meetings.tasks.queries import tasks_of_members
from meetings.tasks.task_fields import MAX_TITLE
from meetings.tasks.tasks import TaskDraft, create_task, set_away, tasks_of_name
from meetings.understanding.intents import TASK_CHANGE, TASK_FORM, Intent, Understood


def mentions_of(activity: Any) -> tuple[tuple[str, str], ...]:
    """The people an activity @mentions, as (Teams id, name), the bot itself left out, each
    once: Teams at times lists a mention twice, which would make "@Rie" two people."""
    bot_id = getattr(activity.recipient, "id", None)
    found: dict[tuple[str, str], None] = {}
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        mentioned = (entity.additional_properties or {}).get("mentioned") or {}
        if mentioned.get("id") and mentioned["id"] != bot_id:
            found[(str(mentioned["id"]), str(mentioned.get("name") or ""))] = None
    return tuple(found)


async def add_task(turn: Turn, understood: Understood) -> Reply:
    """"opgave: Rie undersøger …, frist 1. december": the owner by @mention or by name; with
    nothing after it, the form."""
    if not understood.argument:
        return Reply(card=await form_card(turn))
    line = parse_task_line(understood.argument, now=turn.now, tz=turn.tz,
                           language=turn.language, mentions=turn.mentions)
    maybe = understood.selector == TASK_FORM  # "opgave Ring KL": maybe no task; not on a guess
    if isinstance(line, LineProblem):
        if maybe:
            return Reply(card=await _prefilled_form(turn, {"title": understood.argument}))
        return Reply(text=task_problem_text(turn, line.code, dict(line.details)))
    # One who left gets nothing: a line naming her is asked about as a name no member has.
    everybody = await turn.uow.members.of_group(turn.group.id)
    members = [m for m in everybody if may_own(m)]
    match = resolve_owner(line, [(m.id, m.name, m.teams_id) for m in members],
                          left=[m.name for m in everybody if m.left_at is not None])
    if maybe:  # the form shows what was read of the line; it stores nothing until sent
        prefill = {"title": line.title}
        if line.due_on is not None:
            prefill["due"] = line.due_on.isoformat()
        if match.kind == MEMBER:
            prefill["owner_id"] = str(match.member_id)
        return Reply(card=await _prefilled_form(turn, prefill))
    if match.kind in (AMBIGUOUS, SEVERAL, UNKNOWN):
        # Nothing is stored until the writer says who: the draft rides on the card's buttons.
        draft = {"title": line.title, "due": line.due_on.isoformat() if line.due_on else ""}
        return Reply(card=owner_card(turn, draft, match, members))
    draft = TaskDraft(title=line.title, due_on=line.due_on,
                      owner_id=match.member_id if match.kind == MEMBER else None,
                      owner_name=match.name if match.kind == OUTSIDE else None)
    task = await create_task(turn.uow, turn.group, turn.member, draft, turn.now)
    return Reply(card=await task_card(turn, task, turn._("Task created")))


async def _prefilled_form(turn: Turn, prefill: dict[str, str]) -> dict:
    """The form filled with what was read; a title longer than a task's (a pasted text) is cut
    to fit, and the form says so, instead of a card too large for Teams."""
    title = prefill["title"]
    if len(title) <= MAX_TITLE:
        return await form_card(turn, prefill=prefill)
    cut = title[:MAX_TITLE].rsplit(" ", 1)[0] if " " in title[:MAX_TITLE] else title[:MAX_TITLE]
    notice = turn.ngettext(
        "The task was cut to its first %(count)s character, as long as a task can be; shorten "
        "it to what is to be done, e.g. “Daniel finds out whether Socialtilsyn Øst can attend”.",
        "The task was cut to its first %(count)s characters, as long as a task can be; shorten "
        "it to what is to be done, e.g. “Daniel finds out whether Socialtilsyn Øst can attend”.",
        MAX_TITLE)
    return await form_card(turn, error=notice, prefill={**prefill, "title": cut})


async def show_my_tasks(turn: Turn, understood: Understood) -> Reply:
    """Her tasks in all her groups; in the 1:1 chat, of the one group the message names
    ("mine opgaver i styregruppen", bot.handlers.group_named), kept on a click on the list."""
    named = {"group": str(turn.group_named)} if turn.group_named is not None else {}
    card = await list_card(turn, {"list": MINE, **named})
    if understood.selector == TASK_CHANGE:  # "marker min opgave som færdig": not on a guess
        return Reply(text=turn._("A task is changed on its card: open it with “Show” and choose "
                                 "Done, New due date or Reassign."), card=card)
    return Reply(card=card)


async def show_open_tasks(turn: Turn, _: Understood) -> Reply:
    return Reply(card=await list_card(turn, {"list": OPEN}))


async def show_tasks_of(turn: Turn, understood: Understood) -> Reply:
    """"hvad mangler Rie?": the tasks of every member of that name, under their names;
    "hvad mangler @Rie?": of the member the @mention's id names, whatever the text shows of
    her name (Teams lets the writer shorten it, and two members may be called Rie). A mention
    of nobody in the group is read by the full name it carries."""
    name = understood.argument
    if turn.mentions:
        members, tasks = await tasks_of_members(turn.uow, turn.group,
                                                teams_ids=[i for i, _ in turn.mentions])
        if members:
            who = format_list([m.name for m in members], locale=turn.language)
            listed = {"list": OF, "who": who, "ids": ",".join(str(m.id) for m in members)}
            return Reply(card=await list_card(turn, listed, tasks=tasks))
        if len(turn.mentions) == 1 and turn.mentions[0][1]:
            name = turn.mentions[0][1]
    members, tasks = await tasks_of_name(turn.uow, turn.group, name)
    if not members and not tasks:
        return Reply(text=turn._("I know nobody of that name in this group. Write “open tasks” "
                                 "to see everybody's."))
    return Reply(card=await list_card(turn, {"list": OF, "who": name}, tasks=tasks))



async def set_away_from_text(turn: Turn, understood: Understood) -> Reply:
    """"jeg er væk til 3. januar" sets the day; "jeg er tilbage" (no date) clears it."""
    until = None
    if understood.argument:
        until = parse_away_date(understood.argument, now=turn.now, tz=turn.tz,
                                language=turn.language)
        if isinstance(until, LineProblem):
            return Reply(text=away_problem_text(turn, until.code, dict(until.details)))
        if until is None:
            return Reply(text=away_problem_text(turn, PROBLEM_NO_DATE, {}))
    await set_away(turn.uow, turn.member, until, turn.now)
    return Reply(text=away_text(turn, until))


TASK_COMMANDS = {
    Intent.ADD_TASK: add_task,
    Intent.MY_TASKS: show_my_tasks,
    Intent.OPEN_TASKS: show_open_tasks,
    Intent.TASKS_OF: show_tasks_of,
    Intent.AWAY: set_away_from_text,
}
