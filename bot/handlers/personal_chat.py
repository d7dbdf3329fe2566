"""Questions about meetings asked in a personal chat, answered for the person's groups.

A personal chat is a group of its own, where the person may plan their own meetings; but a
member who asks there "hvornår er næste møde?" means their groups' meetings. So for the next
meeting, its agenda, the deadline, who is coming, the theme, the upcoming meetings, "jeg kommer"
and regrets, a person's tasks, the open tasks, the members, the årshjul, the annual report, the
minutes and a search of them, the groups are those the person belongs to (by Entra object id,
else Teams user id), and the personal chat's own group when it has a meeting planned. One
group: its answer, as in its own chat. Several: each group's answer under its name, soonest
meeting first. None: the personal chat's own answer, as before. The minutes and a search show
only the groups that have some (a search that finds nothing anywhere says so once). A message
naming one of her groups ("… i styregruppen", bot.handlers.group_named) is that group's alone,
answered under its name; a command on a group as a whole names that group alone.

Another group's cards come without the buttons that act, but for the one click that confirms
"jeg kommer" or regrets, whose data names the group (see bot/card_group.py); "no meeting" there
says which group, without an example of planning one (a line typed here plans in this chat).
A proposal and "intet fra os" act in one group: with one, it is done there as in its chat (the
proposal form's button names the group); with several, the person picks the group on a button
(bot.handlers.group_choice); one naming a meeting by its date is for the groups meeting then
only: one is acted in directly, and none is answered with their planned days, as a dated
question is.
"planlæg året" plans the chat's own meetings, as "nyt møde" does; "årshjul" shows the groups'.
The commands that act on a group as a whole (cancel, move, review, publish, settings, undelivered
messages, erasing a member's data, giving a role) would act on this chat's own empty group: a
person with groups is told to write them in the group's chat, naming her groups; those about
meetings still act here on her own meetings when she has planned some.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.handlers.chat import COMMANDS, answer, next_meeting_reply
from bot.handlers.group_choice import IN_ONE_GROUP, ask_which_group
from bot.meeting_views import personal_meeting_view
from bot.turn import Reply, Speaker, Turn, Voice
from bot.views.group_answers import GroupAnswer, one_card, read_only
from bot.views.meetings import skipped_text
from bot.views.replies import PROBLEMS, problem_text
from meetings.common.refusal import NO_MEETING, NOT_PLANNED_ON, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.lookup import group_named_in
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.planning import cancels_there
from meetings.planning.schedule import meeting_named
from meetings.understanding.intents import Intent, Understood
from storage.repositories.quick_reads import GroupMeetingFacts

ABOUT_GROUPS = frozenset({Intent.NEXT_MEETING, Intent.AGENDA, Intent.DEADLINE,
                          Intent.ATTENDANCE, Intent.THEME, Intent.LIST_MEETINGS,
                          Intent.ATTEND, Intent.SEND_REGRETS, Intent.TASKS_OF,
                          Intent.OPEN_TASKS, Intent.MEMBERS, Intent.YEAR_PLAN,
                          Intent.ANNUAL_REPORT, Intent.SEARCH, Intent.MINUTES,
                          *IN_ONE_GROUP})
# Questions about a meeting of the person's group (bot.handlers.personal_chat._in_no_group).
ABOUT_A_MEETING = frozenset({Intent.NEXT_MEETING, Intent.AGENDA, Intent.DEADLINE,
                             Intent.ATTENDANCE, Intent.THEME, Intent.ATTEND,
                             Intent.SEND_REGRETS, Intent.MINUTES})
# Commands acting on a group as a whole; of them, those about its meetings act on her own too.
GROUP_COMMANDS = frozenset({Intent.CANCEL_MEETING, Intent.MOVE_MEETING, Intent.REVIEW_ITEMS,
                            Intent.PUBLISH_AGENDA, Intent.SETTINGS, Intent.UNDELIVERED,
                            Intent.ERASE_MEMBER_DATA, Intent.SET_ROLE})
OWN_MEETINGS_TOO = frozenset({Intent.CANCEL_MEETING, Intent.MOVE_MEETING, Intent.REVIEW_ITEMS,
                              Intent.PUBLISH_AGENDA, Intent.SETTINGS})
Found = tuple[Group, Member, datetime | None]  # a group of the person's, her row, its next start
# Answered with a card only where there is something: a group without is left out beside others.
FOUND_ONLY = frozenset({Intent.SEARCH, Intent.MINUTES})
# Their cards' buttons act in the group the card names, clicked here too.
# A member's cancel, refused, is answered with her regrets (`_members_cancel`).
CONFIRMED_HERE = frozenset({Intent.ATTEND, Intent.SEND_REGRETS, Intent.CANCEL_MEETING,
                            *IN_ONE_GROUP})


def asks_about_groups(turn: Turn, understood: Understood) -> bool:
    if turn.group.kind != ConversationKind.PERSONAL:
        return False
    if understood.intent in GROUP_COMMANDS:
        return True
    if understood.intent not in ABOUT_GROUPS:
        return False
    return not (understood.intent == Intent.YEAR_PLAN and understood.selector)  # planlæg året


async def answer_for_groups(turn: Turn, understood: Understood) -> Reply:
    """The answer for each of the person's groups, read in this turn's unit of work."""
    found = await turn.uow.members.groups_of_person(turn.member, turn.now)
    named = [(group, member, starts) for group, member, starts in found
             if group.id == turn.group_named]
    found = named or found
    if understood.intent in GROUP_COMMANDS and not _members_cancel(turn, understood, found):
        return await _in_the_groups_chat(turn, understood, found)
    chosen = [(group, member, starts) for group, member, starts in found
              if group.id != turn.group.id or starts is not None]
    if not chosen or [group.id for group, _, _ in chosen] == [turn.group.id]:
        alone = not any(group.id != turn.group.id or starts for group, _, starts in found)
        left = await turn.uow.members.groups_left_by(turn.member) if alone else ()
        return _in_no_group(turn, understood, await answer(turn, understood), alone, left)
    if len(chosen) > 1 and understood.intent in IN_ONE_GROUP and understood.meeting:
        chosen, refused = await _meeting_then(turn, understood, chosen)
        if not chosen:
            return _nowhere(turn, refused)
    several = len(chosen) > 1
    if several and understood.intent in IN_ONE_GROUP:
        return ask_which_group(turn, understood, [(group, _name(turn, group, turn.group.id))
                                                  for group, _, _ in chosen])
    answered = [(group, starts, await _answer_in(
        _on_behalf_of(turn, group, member, understood), understood,
        own=group.id == turn.group.id, several=several)) for group, member, starts in chosen]
    await turn.uow.commit()
    answers = [GroupAnswer(_name(turn, group, turn.group.id), reply, starts)
               for group, starts, reply in answered if _has_something(understood, reply)]
    if not answers:
        return _nowhere(turn, [reply for _, _, reply in answered])
    return one_card(turn, answers, named=bool(named))


async def _in_the_groups_chat(turn: Turn, understood: Understood, found: list[Found]) -> Reply:
    """A command on a group as a whole: written in the group's chat, or on her own meetings."""
    groups = [group for group, _, _ in found if group.id != turn.group.id]
    own_planned = any(starts is not None for group, _, starts in found
                      if group.id == turn.group.id)
    if not groups or (own_planned and understood.intent in OWN_MEETINGS_TOO):
        return await answer(turn, understood)
    names = [f"“{_name(turn, group, turn.group.id)}”" for group in groups]
    where = names[0] if len(names) == 1 else turn._(
        "%(first)s or %(last)s", first=", ".join(names[:-1]), last=names[-1])
    return Reply(text=turn._("That is done in the group's chat: write the same message there, "
                             "in the chat of %(group)s.", group=where))


def next_meetings_reply(groups: list[GroupMeetingFacts], own: GroupMeetingFacts,
                        voice: Voice, text: str) -> Reply:
    """"When is the next meeting?" from the quick read of the person's groups; of the one
    the text names alone, when it names one."""
    named, _ = group_named_in(text, [(g.group_id, g.name) for g in groups
                                     if g.group_id != own.group_id])
    chosen = [g for g in groups if g.group_id == named] or [
        g for g in groups if g.group_id != own.group_id or g.meeting is not None]
    if not chosen or chosen == [own]:
        alone = own.meeting is None and all(g.group_id == own.group_id for g in groups)
        return _in_no_group(voice, Understood(Intent.NEXT_MEETING, voice.language),
                            next_meeting_reply(voice, own.meeting, own.skipped_at,
                                               view=personal_meeting_view(own.role)), alone)
    several = len(chosen) > 1
    answers = []
    for group in chosen:
        speaker = replace(voice, time_zone=group.time_zone)
        mine = group.group_id == own.group_id
        if group.meeting is None:
            reply = Reply(text=" ".join(filter(None, (skipped_text(speaker, group.skipped_at),
                                                      _no_meeting(speaker, group.name, several)))))
        else:
            reply = _for_this_chat(next_meeting_reply(
                speaker, group.meeting, group.skipped_at,
                view=personal_meeting_view(group.role)), mine)
        answers.append(GroupAnswer(_name(voice, group, own.group_id), reply,
                                   group.meeting.starts_at if group.meeting else None))
    return one_card(voice, answers, named=named is not None)


async def _answer_in(turn: Turn, understood: Understood, *, own: bool,
                     several: bool) -> Reply | Refusal:
    """The group's answer as its own chat gets it (the command, without committing); among
    several groups, the refusal of a group without the meeting the message names by its date."""
    try:
        reply = await COMMANDS[understood.intent](turn, understood)
    except Refusal as refused:
        if several and understood.meeting and refused.code in (NOT_PLANNED_ON, NO_MEETING):
            return refused
        if refused.code == NO_MEETING and not own:
            return Reply(text=_no_meeting(turn, turn.group.name, several))
        return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
    if not own:
        reply = _named_no_meeting(turn, reply, several)
    return _for_this_chat(reply, own or understood.intent in CONFIRMED_HERE)


async def _meeting_then(turn: Turn, understood: Understood, found: list[Found]
                        ) -> tuple[list[Found], list[Reply | Refusal]]:
    """The groups with a meeting on the day or in the month the message names ("punkt til
    mødet 5. februar: …"), which alone are offered; and the others' refusals, said once when
    no group meets then."""
    meeting_then, refused = [], []
    for group, member, starts in found:
        try:
            await meeting_named(turn.uow, group, understood.meeting, turn.now,
                                understood.intent.value)
        except Refusal as refusal:
            if refusal.code not in (NOT_PLANNED_ON, NO_MEETING):
                raise
            refused.append(refusal)
        else:
            meeting_then.append((group, member, starts))
    return meeting_then, refused


def _has_something(understood: Understood, reply: Reply | Refusal) -> bool:
    """Whether a group's answer is shown: not one without the meeting named, nor a search or
    minutes that found nothing."""
    if isinstance(reply, Refusal):
        return False
    return understood.intent not in FOUND_ONLY or reply.card is not None


def _nowhere(speaker: Speaker, answered: list[Reply | Refusal]) -> Reply:
    """No group has it: said once. A date no group meets on is answered with all their
    meetings' days, whose example line, typed here, concerns only the group meeting that day."""
    named = [reply for reply in answered
             if isinstance(reply, Refusal) and reply.code == NOT_PLANNED_ON]
    if named:
        days = sorted({day for refused in named for day in refused.details["days"].split()})
        return Reply(text=problem_text(speaker, NOT_PLANNED_ON,
                                       {**dict(named[0].details), "days": " ".join(days)}))
    first = answered[0]
    return first if isinstance(first, Reply) else Reply(text=speaker._(PROBLEMS[NO_MEETING]))


def _members_cancel(turn: Turn, understood: Understood, found: list[Found]) -> bool:
    """"aflys" from one who leads none of her groups (and has no meetings of her own here): her
    groups refuse it as their chats do, with who to ask and her regrets to send from here."""
    return understood.intent == Intent.CANCEL_MEETING and not any(
        starts is not None if group.id == turn.group.id else cancels_there(group, member)
        for group, member, starts in found)


def _on_behalf_of(turn: Turn, group: Group, member: Member, understood: Understood) -> Turn:
    """The turn answering for `group`: another group's answer names it as its cards' group,
    which also keeps out a line to copy (typed here, it would act on this chat's group); its
    cards are read-only but for those whose buttons act here."""
    own = group.id == turn.group.id
    return replace(turn, group=group, member=member, card_group_id=None if own else group.id,
                   read_only=not own and understood.intent not in CONFIRMED_HERE)


def _for_this_chat(reply: Reply, own: bool) -> Reply:
    if own or reply.card is None:
        return reply
    return Reply(text=reply.text, card=read_only(reply.card))


def _in_no_group(speaker: Speaker, understood: Understood, reply: Reply, alone: bool,
                 left: Sequence[str] = ()) -> Reply:
    """One who is in no group with the bot, and has planned nothing of her own, asking about
    "the meeting" means her group's: also how to get its answers here; or, having left her
    group(s), that she is no longer in them (the bot is in their chats)."""
    if not alone or reply.card is not None or understood.intent not in ABOUT_A_MEETING:
        return reply
    if left:
        names = left[0] if len(left) == 1 else speaker._(
            "%(first)s and %(last)s", first=", ".join(left[:-1]), last=left[-1])
        said = speaker.ngettext(
            "You are no longer in %(groups)s, so I do not answer questions about its "
            "meetings here.",
            "You are no longer in %(groups)s, so I do not answer questions about their "
            "meetings here.",
            len(left), groups=names)
    else:
        said = speaker._("I am not in any of your groups' chats yet. Add me to your group's "
                         "chat or channel, and you can ask about its meetings here.")
    # A paragraph of its own: the own-meetings answer may end in a line to copy, without a stop.
    return Reply(text="\n\n".join(filter(None, (reply.text, said))))


def _no_meeting(speaker: Speaker, name: str, several: bool) -> str:
    """Said of one of her groups, it also says who plans there (no line to copy: typed here it
    would plan in this chat), so a member is not left with a bare "no meeting"."""
    if several or not name:  # under the group's name already, or it has none
        return speaker._(PROBLEMS[NO_MEETING])
    return " ".join((speaker._("No meeting is planned in %(group)s.", group=name), speaker._(
        "The chair or the secretary plans its meetings in the group's chat; then ask me again "
        "here.")))


def _named_no_meeting(turn: Turn, reply: Reply, several: bool) -> Reply:
    """Another group's "no meeting" answer (the next meeting, clicked on the help card), with
    the group's name and who plans, after a cancelled meeting it says first."""
    bare = turn._(PROBLEMS[NO_MEETING])
    if reply.card is not None or not (reply.text or "").endswith(bare):
        return reply
    return Reply(text=reply.text[:-len(bare)] + _no_meeting(turn, turn.group.name, several))


def _name(speaker: Speaker, group: Group | GroupMeetingFacts, own_id: int) -> str:
    group_id = group.id if isinstance(group, Group) else group.group_id
    if group_id == own_id:
        return speaker._("Your own meetings")
    return group.name or speaker._("Group chat without a name")
