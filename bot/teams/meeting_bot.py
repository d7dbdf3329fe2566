"""The Teams activity handler: understand the activity, call one use case, answer."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from botbuilder.core import InvokeResponse, TurnContext

from bot.card_data import clicked, is_card_data
from bot.card_view import PLAIN
from bot.file_download import FileDownloader, SentFile
from bot.handlers.buttons import act
from bot.handlers.chat import TEXT_ONLY, next_meeting_reply
from bot.handlers.chat_answer import answer_in_chat
from bot.handlers.group_named import as_the_group_named
from bot.handlers.minutes.chat import search_reply
from bot.handlers.minutes.import_files import answer_file
from bot.handlers.personal_chat import next_meetings_reply
from bot.handlers.tasks.chat import mentions_of
from bot.meeting_views import posted_meeting_view
from bot.senders import RecentSenders, WrittenLanguages, stored_sender
from bot.teams.activity_facts import (
    conversation_of,
    files_of,
    person_of,
    tenant_of,
    text_without_mention,
)
from bot.teams.answers import card_language, invoke_response, refused_click, send, update_card
from bot.teams.auth import mark_turn_started
from bot.teams.edited_lines import follow_changed_line
from bot.teams.membership.installing import Installing
from bot.teams.redelivery import SeenActivities
from bot.teams.unmentioned import is_addressed, is_for_the_bot
from bot.turn import CardReply, Reply, Turn, Voice
from bot.views.questions import with_others_offered
from meetings.common.clock import Clock
from meetings.common.conversation import AddressPolicy
from meetings.common.i18n import language_of
from meetings.documents.links import DEFAULT_LIFETIMES, LinkLifetimes
from meetings.groups.entities import Group, Member
from meetings.groups.languages import personal_language
from meetings.groups.registration import remember_sender
from meetings.groups.vocabulary import ConversationKind
from meetings.understanding.arguments.members_named import as_the_group_names
from meetings.understanding.intents import Intent, Understood, understand
from meetings.understanding.learnt import as_the_group_taught
from storage.repositories.quick_reads import QuickReads
from storage.repositories.quick_search import QuickSearch
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)

CARD_ACTION = "adaptiveCard/action"


class MeetingBot(Installing):
    def __init__(self, uow_factory: UnitOfWorkFactory, reads: QuickReads, clock: Clock,
                 policy: AddressPolicy, base_url: str, downloader: FileDownloader,
                 links: LinkLifetimes = DEFAULT_LIFETIMES,
                 seen: SeenActivities | None = None) -> None:
        self._uow = uow_factory
        self._downloader = downloader
        self._reads = reads
        self._clock = clock
        self._policy = policy
        self._base_url, self._links = base_url, links
        self._senders, self._languages = RecentSenders(), WrittenLanguages()
        self._seen = seen or SeenActivities(clock)

    async def on_turn(self, turn_context: TurnContext) -> None:
        mark_turn_started()
        activity = turn_context.activity
        if not self._policy.allows_tenant(tenant := tenant_of(activity)):
            # Another organisation's Teams: no group, member or roster of theirs is stored,
            # nothing is answered.
            log.warning("refused: activity from a tenant not allowed",
                        extra={"tenant_id": tenant, "activity_type": activity.type})
            return
        # Teams retries a delivery it thinks failed: handled once, answered as the first time.
        await self._seen.once(turn_context, super().on_turn)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.value and not (activity.text or "").strip():
            # Action.Submit from a card of an older client: same verbs as Action.Execute.
            await self._answer_submit(turn_context)
            return
        if not await is_for_the_bot(activity, self._reads, self._clock.now()):
            return  # not meant for the bot: nothing is stored, logged or answered
        if (sent := files_of(activity)) and is_addressed(activity):
            await self._answer_file(turn_context, sent[0])
            return
        text = text_without_mention(activity)
        if not text:  # a picture, GIF or sticker alone, or the bare @mention: no words to read
            await self._answer_no_text(turn_context)
            return
        understood = understand(text)
        if understood.intent == Intent.UNKNOWN and not is_addressed(activity):
            return  # small talk in a group, not to the bot: not ours to answer
        # The language of the text, not of the client: a message too short to tell is answered
        # in the group's language.
        language = understood.reply_language
        reply: Reply | None = None
        if understood.intent == Intent.NEXT_MEETING and not understood.argument:  # one quick read
            reply = await self._tell_next_meeting(turn_context, understood, language)
        elif understood.intent == Intent.SEARCH \
                and conversation_of(activity).kind != ConversationKind.PERSONAL:  # 1:1: groups'
            reply = await self._search(turn_context, understood, language)
        if reply is None:  # or one in no group, asking in her 1:1 chat: the whole answer
            async with self._turn(turn_context, language, by_locale=False) as turn:
                turn.mentions, turn.message_id = mentions_of(activity), activity.id
                understood = await as_the_group_named(turn, understood, text)
                understood = await as_the_group_names(turn.uow.members, turn.group.id,
                                                      understood, text)
                understood = await as_the_group_taught(turn.uow.phrasings, turn.group.id,
                                                       understood, text)
                reply = await answer_in_chat(turn, understood, text)
        await send(turn_context, reply)
        await self._languages.keep_after_reply(self._uow, self._senders, conversation_of(activity),
                                               person_of(activity.from_property),
                                               understood.text_language)

    async def on_teams_message_edit(self, turn_context: TurnContext) -> None:
        await follow_changed_line(turn_context, self._reads, self._turn, edited=True)

    async def on_teams_message_soft_delete(self, turn_context: TurnContext) -> None:
        await follow_changed_line(turn_context, self._reads, self._turn, edited=False)

    async def _answer_no_text(self, turn_context: TurnContext) -> None:
        """In the group's language (the person's, in her 1:1 chat): nothing was written."""
        async with self._turn(turn_context, None, by_locale=False) as turn:
            if turn.group.kind == ConversationKind.PERSONAL:
                turn.language = personal_language(turn.member, turn.group)
            reply = Reply(text=turn._(TEXT_ONLY))
        await send(turn_context, reply)

    async def _answer_file(self, turn_context: TurnContext, sent: SentFile) -> None:
        """Minutes sent as a file, answered in the client's language (a file has no words)."""
        async with self._turn(turn_context, None) as turn:
            reply = await answer_file(turn, sent, self._downloader)
            await turn.uow.commit()
        await send(turn_context, reply)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse | None:
        if turn_context.activity.name != CARD_ACTION:
            return await super().on_invoke_activity(turn_context)
        click = clicked(turn_context.activity.value)
        if click is None:
            return invoke_response(CardReply(message=refused_click(turn_context)))
        verb, data = click
        async with self._turn(turn_context, card_language(data)) as turn:
            reply = await act(turn, verb, data)
        if reply.for_everyone and reply.card and turn_context.activity.reply_to_id:
            await update_card(turn_context, turn_context.activity.reply_to_id,
                              reply.posted or reply.card)
        return invoke_response(reply)

    async def _answer_submit(self, turn_context: TurnContext) -> None:
        value = turn_context.activity.value
        if not is_card_data(value):
            await send(turn_context, Reply(text=refused_click(turn_context)))
            return
        async with self._turn(turn_context, card_language(value)) as turn:
            reply = await act(turn, str(value.get("verb") or ""), value)
        await send(turn_context, Reply(text=reply.message, card=reply.card))

    @asynccontextmanager
    async def _turn(self, turn_context: TurnContext, language: str | None,
                    by_locale: bool = True) -> AsyncIterator[Turn]:
        """The sender remembered, then the command's unit of work with their member and group.
        Without a language, a click is answered in the client's, a message in the group's."""
        now = self._clock.now()
        for last_try in (False, True):
            group_id, member_id, group_language = await self._sender(turn_context, now)
            if by_locale:
                group_language = language_of(turn_context.activity.locale, group_language)
            async with self._uow() as uow:
                group, member = await uow.members.with_group(member_id)
                if not last_try and not self._still_the_sender(turn_context, member):
                    continue  # erased since remembered (here or in another process): anew
                self._check_group(turn_context, group, group_id)
                yield Turn(uow=uow, group=group, member=member, now=now,
                           base_url=self._base_url, language=language or group_language,
                           links=self._links)
                return

    async def _tell_next_meeting(self, turn_context: TurnContext, understood: Understood,
                                 language: str | None) -> Reply | None:
        """The question asked most, in one quick read of the member's group and its next
        meeting, outside any unit of work: nothing is written."""
        now = self._clock.now()
        group_id, member_id, _ = await self._sender(turn_context, now)
        if conversation_of(turn_context.activity).kind == ConversationKind.PERSONAL:
            return await self._tell_next_meetings(turn_context, understood, language,
                                                  member_id, group_id, now)
        facts = await self._reads.next_meeting(member_id, now)
        self._check_group(turn_context, facts.group_id if facts else None, group_id)
        language = language or facts.group_language
        voice = Voice(language=language, time_zone=facts.time_zone, now=now,
                      base_url=self._base_url, links=self._links)
        view = posted_meeting_view(facts) if facts.meeting else PLAIN
        reply = next_meeting_reply(voice, facts.meeting, facts.skipped_at, view=view,
                                   in_a_group=True)
        return with_others_offered(voice, understood, reply)

    async def _tell_next_meetings(self, turn_context: TurnContext, understood: Understood,
                                  language: str | None, member_id: int, group_id: int,
                                  now: datetime) -> Reply | None:
        """In a personal chat: the next meeting of each of the person's groups, in one quick
        read of them all; None for one in no group, with nothing of her own planned (whether
        she left a group is read in the whole turn)."""
        person = person_of(turn_context.activity.from_property)
        groups = await self._reads.next_meetings_of_person(member_id, person.aad_object_id,
                                                           person.teams_id, now)
        own = next((g for g in groups if g.group_id == group_id), None)
        self._check_group(turn_context, own.group_id if own else None, group_id)
        if own.meeting is None and all(g.group_id == own.group_id for g in groups):
            return None
        language = language or own.language  # too short to tell: as every answer here
        voice = Voice(language=language, time_zone=own.time_zone, now=now,
                      base_url=self._base_url, links=self._links)
        return with_others_offered(voice, understood, next_meetings_reply(
            groups, own, voice, text_without_mention(turn_context.activity)))

    async def _search(self, turn_context: TurnContext, understood: Understood,
                      language: str | None) -> Reply:
        """A search of the group's minutes, in the quick reads outside any unit of work: it
        writes nothing, and a session and its transaction cost more than the search."""
        now = self._clock.now()
        group_id, member_id, _ = await self._sender(turn_context, now)

        async def search(reads: QuickSearch) -> Reply:
            group = await reads.group_of_member(member_id)
            self._check_group(turn_context, group.group_id if group else None, group_id)
            voice = Voice(language=language or group.language, time_zone=group.time_zone,
                          now=now, base_url=self._base_url, links=self._links)
            reply = await search_reply(voice, reads, group.group_id, understood)
            return with_others_offered(voice, understood, reply)
        return await self._reads.searching(search)

    async def _sender(self, turn_context: TurnContext, now: datetime) -> tuple[int, int, str]:
        """(group id, member id, group language) of the sender. Remembered in a transaction of
        its own, so a refused command cannot roll back who they are; skipped while nothing about
        them changed since they last wrote (a cache, else one read of them as stored)."""
        activity = turn_context.activity
        conversation, sender = conversation_of(activity), person_of(activity.from_property)
        known = self._senders.lookup(conversation, sender)
        if known is None:
            known = await stored_sender(self._reads, self._senders, conversation, sender,
                                        self._policy)
        if known is None:
            async with self._uow() as uow:
                group, member = await remember_sender(uow, conversation, sender,
                                                      policy=self._policy, now=now)
                await uow.commit()
            known = (group.id, member.id, group.language)
            self._senders.remember(conversation, sender, *known)
            self._languages.forget(sender)
        return known

    def _still_the_sender(self, turn_context: TurnContext, member: Member | None) -> bool:
        """The remembered member row is still the sender's; else it is forgotten. An erasure
        gives the row another Teams id, and what the person does next must not land on it."""
        activity = turn_context.activity
        sender = person_of(activity.from_property)
        if member is not None and member.teams_id == sender.teams_id:
            return True
        self._senders.forget(conversation_of(activity), sender)
        return False

    def _check_group(self, turn_context: TurnContext, found: Group | int | None,
                     group_id: int) -> None:
        """The sender's group as read in the turn (or its id) is the one remembered."""
        found_id = found.id if isinstance(found, Group) else found
        if found_id is None or found_id != group_id:  # removed meanwhile: register again
            activity = turn_context.activity
            self._senders.forget(conversation_of(activity), person_of(activity.from_property))
            raise LookupError("sender's group vanished during the turn")
