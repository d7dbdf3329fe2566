"""Whether a command's reading stands or may be no such command: a task or an item line that
may be a question or a remark, a role given that is asked about. Where it may not stand, the
classifier decides (meetings/understanding/intents.py)."""

from meetings.understanding.features import one_slip
from meetings.understanding.meaning import Intent, Understood

# A free argument this short, after a bare command word, may be a question: "task list".
_SHORT_ARGUMENT = 2
# A name a role is given to that is one of these typed one slip off asks: "hvme er formand".
_ASKING = ("hvem", "hvad", "hvilken", "hvilke", "which", "what")
# A "title" that begins with one of these asks for the list instead: "task overview for the
# network", "opgave oversigt for netværket".
_LIST_WORDS = frozenset("overview oversigt overblik list liste lists status summary".split())
_FREE_TEXT = frozenset({Intent.ADD_TASK, Intent.PROPOSE_ITEM})
_BARE = frozenset({"opgave", "task", "action item"})  # a task's word alone, no colon, no "ny"
_ASKED_FOR = frozenset({"opret", "tilføj", "create", "add"})  # a task asked for in a sentence


def may_be_a_question(understood: Understood, message: str, asked: bool = False) -> bool:
    """A task or an item whose "title" is a word or two after the bare command word ("task
    list", "opgave status"), begins with a word for a list ("task overview for the network"),
    or is a number ("punkt 3 er udskudt"), may be no such command; nor may a title that ends
    in a question mark (`asked`: "Item deadline, is it Monday or Tuesday?") or a message with
    a colon further on than the command's word. The classifier decides."""
    if understood.intent not in _FREE_TEXT or _colon_after_word(understood, message):
        return False
    if asked or ":" in message:  # a colon further on: a sentence, not a line
        return True
    if understood.intent == Intent.ADD_TASK and understood.argument \
            and _words_before(understood, message) in _BARE:
        return True  # "opgave Ring KL", "task force meets Friday": not "ny opgave …"
    title = understood.argument.split()
    lists = bool(title) and title[0].casefold() in _LIST_WORDS
    return 0 < len(title) <= _SHORT_ARGUMENT or lists or names_a_number(understood, message)


def asks_for_a_task(understood: Understood, message: str) -> bool:
    """"opret en opgave til Pia om at ringe til KL", "create a new task for Søren about the
    budget": a task asked for in a sentence, no colon after the command's words, which no
    task line is ("opgave: …", "opret en opgave: …", "ny opgave Povl melder tilbage …"). Its
    form comes filled; nothing is stored until it is sent."""
    if understood.intent != Intent.ADD_TASK or _colon_after_word(understood, message):
        return False
    words = _words_before(understood, message).split()
    return bool(words) and words[0] in _ASKED_FOR


def asks_about_a_role(understood: Understood, asked: bool) -> bool:
    """"Rie er formand?" asks whether she is; "hvme er formand" who is: no role is given."""
    return understood.intent == Intent.SET_ROLE and (
        asked or any(one_slip(word.casefold(), asking)
                     for word in understood.argument.split() for asking in _ASKING))


def names_a_number(understood: Understood, message: str) -> bool:
    """"punkt 3 er udskudt", "item 4 is postponed": an item or task already numbered is talked
    about; a new one's title does not start with a number."""
    return understood.intent in _FREE_TEXT and not _colon_after_word(understood, message) \
        and understood.argument[:1].isdigit()


def _colon_after_word(understood: Understood, message: str) -> bool:
    """"opgave: …", "task: …": the colon right after the command's word says a line follows;
    one later ("task status from Kalundborg: all sorted") says nothing of the kind."""
    return ":" in _words_before(understood, message)


def _words_before(understood: Understood, message: str) -> str:
    """The command's words, before its argument: "opgave", "ny opgave:", "task"."""
    start = message.find(understood.argument) if understood.argument else len(message)
    return message[:start].strip().casefold()
