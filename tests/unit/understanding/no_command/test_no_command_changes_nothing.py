"""Ordinary chat that begins with or holds a command's words ("flyt lige stolene", "task:
finished", "nyt møde i MED-udvalget i går var godt", "#metoo", "intet fra os?") changes
nothing: it is never read as a command that plans, moves, cancels, publishes, stores a task or
a minutes line, marks one away, imports or answers the call for items. The commands in the
forms the README promises are read as before, with their arguments. The probes are in
probes.tsv beside this module: a row whose intent is "none" is no command; a line break is
written "\\n"."""

from pathlib import Path

import pytest

from meetings.understanding.corpus import HELD_OUT_PARTS, read, split_key
from meetings.understanding.intents import Intent, Understood, understand
from meetings.understanding.meaning import PROPOSAL_FORM, TASK_FORM

# What changes something at once (bench/understanding.py's CHANGING); an item or a task read
# into its form stores nothing until the form is sent.
CHANGING = frozenset({Intent.PLAN_MEETING, Intent.MOVE_MEETING, Intent.CANCEL_MEETING,
                      Intent.PUBLISH_AGENDA, Intent.ADD_TASK, Intent.CAPTURE, Intent.AWAY,
                      Intent.IMPORT_MINUTES, Intent.NOTHING_FROM_US, Intent.SETTINGS,
                      Intent.PROPOSE_ITEM})
FORMS = (PROPOSAL_FORM, TASK_FORM)


def probes() -> list[list[str]]:
    lines = (Path(__file__).parent / "probes.tsv").read_text(encoding="utf-8").splitlines()
    return [[cell.replace("\\n", "\n") for cell in line.split("\t")] for line in lines[1:]]


NO_COMMAND = [row[0] for row in probes() if row[1] == "none"]
COMMANDS = [row for row in probes() if row[1] != "none"]


def changes(reading: Understood) -> bool:
    if reading.intent in (Intent.PROPOSE_ITEM, Intent.ADD_TASK):
        return reading.selector not in FORMS
    return reading.intent in CHANGING


def test_no_probe_is_held_out():
    """The held-out parts measure the bot (bench/understanding.py): never tested on here."""
    held_out = {split_key(example.text) for part in HELD_OUT_PARTS for example in read(part)}
    texts = [*NO_COMMAND, *(row[0] for row in COMMANDS)]
    assert [text for text in texts if split_key(text) in held_out] == []


def test_there_are_enough_probes_of_both_kinds():
    assert len(NO_COMMAND) >= 150 and len(COMMANDS) >= 60
    assert len(set(NO_COMMAND)) == len(NO_COMMAND)


def test_no_ordinary_sentence_is_read_as_a_command_that_changes_something():
    taken = {text: understand(text).intent.value for text in NO_COMMAND
             if changes(understand(text))}
    assert taken == {}


@pytest.mark.parametrize(("text", "intent", "language", "argument", "selector", "meeting"),
                         COMMANDS, ids=[row[0][:60] for row in COMMANDS])
def test_a_command_in_the_readmes_forms_is_read_with_its_arguments(
        text, intent, language, argument, selector, meeting):
    assert understand(text) == Understood(Intent(intent), language or None, argument, selector,
                                         meeting)
