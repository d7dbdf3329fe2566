"""The language a person writes to the bot in, kept for the messages it sends them 1:1 (task
reminders, nudges, decisions on their items): judged from their text, never from their Teams
client's locale; until they have written, the group's language."""

from meetings.common.conversation import Person
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member


async def keep_written_language(uow: UnitOfWork, person: Person, language: str) -> bool:
    """`language` on each of the person's member rows; whether any said another."""
    return bool(await uow.members.keep_language(person.aad_object_id, person.teams_id, language))


def personal_language(member: Member | None, group: Group) -> str:
    """The language of a message to one member: the one they last wrote in, else the group's."""
    return member.language if member is not None and member.language else group.language
