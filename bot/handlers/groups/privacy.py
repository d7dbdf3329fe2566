"""A person's rights in chat: "hvad ved du om mig?" gives links to everything stored about
them; "slet mine data" asks to confirm, and the click erases it. Both only in the 1:1 chat,
where nobody else reads the answer."""

import logging

from bot.turn import CardReply, Reply, Turn
from dialogs.card_inputs import id_or_none
from meetings.common.i18n import N_
from meetings.groups.vocabulary import ConversationKind
from meetings.privacy.rights import (
    ask_for_export,
    erase_member,
    erase_person,
    member_to_erase,
)
from meetings.understanding.intents import Intent, Understood

log = logging.getLogger(__name__)


def _in_private(turn: Turn) -> bool:
    return turn.group.kind == ConversationKind.PERSONAL and turn.member is not None


async def tell_what_is_known(turn: Turn, _: Understood) -> Reply:
    if not _in_private(turn):
        return Reply(text=turn._("I answer that only in our 1:1 chat, where nobody else reads "
                                 "it. Write to me there: “hvad ved du om mig?”"))
    export = await ask_for_export(turn.uow, turn.member, turn.language, turn.now,
                                  turn.links.export_hours)
    base = f"{turn.base_url.rstrip('/')}/mydata/{export.token}"
    links = {"json": f"{base}.json", "docx": f"{base}.docx"}
    if turn.links.export_hours == 24:
        text = turn._(
            "Here is everything I store about you in all your groups: [as JSON](%(json)s) and "
            "[as a Word file](%(docx)s). The links work until this time "
            "tomorrow; ask again for new ones.", **links)
    else:  # EXPORT_LINK_HOURS set to another lifetime
        text = turn.ngettext(
            "Here is everything I store about you in all your groups: [as JSON](%(json)s) and "
            "[as a Word file](%(docx)s). The links work for %(count)s hour; ask again for new "
            "ones.",
            "Here is everything I store about you in all your groups: [as JSON](%(json)s) and "
            "[as a Word file](%(docx)s). The links work for %(count)s hours; ask again for new "
            "ones.", turn.links.export_hours, **links)
    # Asked to erase in other words than the command's, the member learns the command here.
    erase = turn._("To have it all erased, write “delete my data”.")
    return Reply(text=f"{text}\n\n{erase}")


async def ask_to_erase(turn: Turn, _: Understood) -> Reply:
    if not _in_private(turn):
        return Reply(text=turn._("I erase your data only when you ask in our 1:1 chat. Write to "
                                 "me there: “slet mine data”"))
    return Reply(card=turn.card("erase_confirm", member=None))


async def ask_to_erase_member(turn: Turn, understood: Understood) -> Reply:
    """"slet data om Rie Nielsen": the chair or the secretary erases a former member."""
    if understood.argument.casefold() in ("mig", "me"):
        return await ask_to_erase(turn, understood)
    member = await member_to_erase(turn.uow, turn.group, turn.member, understood.argument)
    if member is None:
        return Reply(text=turn._("Nobody in this group is called “%(name)s”. Write the name as "
                                 "the member list has it, e.g. “slet data om Rie Nielsen”.",
                                 name=understood.argument))
    return Reply(card=turn.card("erase_confirm", member={"id": member.id, "name": member.name}))


async def erase_on_click(turn: Turn, data: dict) -> CardReply:
    """A card naming a member erases that former member or nobody (its id may come back as
    text, or be forged): only the card without one erases the clicker."""
    if "member_id" in data:
        await erase_member(turn.uow, turn.group, turn.member, id_or_none(data, "member_id"),
                           turn.now)
        return CardReply(card=turn.card("notice", heading_text=turn._(
            "The member's data is erased"), text=turn._(MEMBER_ERASED)))
    if not _in_private(turn):
        log.warning("refused: erasure clicked outside the 1:1 chat",
                    extra={"group_id": turn.group.id})
        return CardReply(message=turn._("Your data can only be erased from our 1:1 chat."))
    await erase_person(turn.uow, turn.member, turn.now)
    return CardReply(card=turn.card("notice", heading_text=turn._("Your data is erased"),
                                    text=turn._(ERASED)))


ERASED = N_("In every group your name, e-mail and Teams ids are gone; your tasks, comments and "
          "proposals now say “Former member”, and your answers and our chat are deleted. "
          "Approved minutes are public records under the Danish Archives Act (arkivloven) and "
          "keep your name as it was approved.")

MEMBER_ERASED = N_("In this group the member's name, e-mail and Teams ids are gone; their tasks, "
                   "comments and proposals now say “Former member”, and their answers are "
                   "deleted. Approved minutes are public records under the Danish Archives Act "
                   "(arkivloven) and keep the name as it was approved.")

PRIVACY_COMMANDS = {Intent.MY_DATA: tell_what_is_known, Intent.ERASE_MY_DATA: ask_to_erase,
                    Intent.ERASE_MEMBER_DATA: ask_to_erase_member}
PRIVACY_ACTIONS = {"privacy.erase": erase_on_click}
