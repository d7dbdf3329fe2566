"""Minutes sent as a file: in the 1:1 chat, fetched, read (Word, PDF, text in its encoding)
and shown on the preview card; in a group chat, where Teams keeps files out of the bot's
reach, the answer says how to send it in the 1:1 chat. A file that gives no text gets its own
answer, and nothing is written."""

import asyncio
from pathlib import Path

from bot.file_download import TOO_LARGE, DownloadFailed, FileDownloader, SentFile
from bot.handlers.minutes.import_chat import FILE_HINT, import_target, preview_minutes
from bot.turn import Reply, Turn
from bot.views.replies import problem_text
from meetings.common.i18n import N_
from meetings.common.refusal import Refusal
from meetings.groups.vocabulary import ConversationKind
from meetings.minutes.importing import files

IN_PERSONAL_CHAT = N_("I cannot read files sent in a group chat or a channel: Teams keeps them "
                      "where a bot has no access.")
CANNOT_IMPORT = N_("%(name)s cannot be imported: %(reason)s. Nothing was written.")
NOT_FETCHED = N_("I could not fetch %(name)s from Teams. Send it again in a moment. Nothing "
                 "was written.")
READ_AS = {"Word": N_("%(name)s, a Word document"), "PDF": N_("%(name)s, a PDF")}


async def answer_file(turn: Turn, sent: SentFile, downloader: FileDownloader) -> Reply:
    """The preview of the minutes in the file, or why there is none; the caller commits."""
    if turn.group.kind != ConversationKind.PERSONAL:
        return Reply(text=turn._(IN_PERSONAL_CHAT) + " " + turn._(FILE_HINT))
    try:
        target, choices = await import_target(turn)
    except Refusal as refused:
        return Reply(text=problem_text(turn, refused.code, dict(refused.details)))
    name = Path(sent.name).name or "?"
    if Path(name).suffix.casefold() not in files.SUFFIXES:
        return Reply(text=_unreadable(turn, name, files.UnreadableFile(files.UNSUPPORTED)))
    # No transaction is held open while the file comes: the role was read, nothing written.
    await turn.uow.commit()
    try:
        # Unpacking and parsing a Word file or a PDF is CPU work: off the loop answering Teams.
        found = await asyncio.to_thread(files.read_file, name, await downloader.fetch(sent.url))
    except DownloadFailed as failed:
        return Reply(text=_not_fetched(turn, name, failed, downloader.max_bytes))
    except files.UnreadableFile as problem:
        return Reply(text=_unreadable(turn, name, problem))
    source = turn._(READ_AS[found.read_as], name=name) if found.read_as in READ_AS else \
        turn._("%(name)s, text read as %(what)s", name=name, what=found.read_as)
    return await preview_minutes(target, choices, found.text, source, turn)


def _unreadable(turn: Turn, name: str, problem: files.UnreadableFile) -> str:
    return turn._(CANNOT_IMPORT, name=name, reason=turn._(files.PROBLEMS[problem.code]))


def _not_fetched(turn: Turn, name: str, failed: DownloadFailed, max_bytes: int) -> str:
    if failed.code == TOO_LARGE:
        return turn._("%(name)s is larger than %(limit)s MB, too large to import. Save the "
                      "minutes without pictures, or as a text file, and send it again. Nothing "
                      "was written.", name=name, limit=str(max_bytes // (1024 * 1024)))
    return turn._(NOT_FETCHED, name=name)
