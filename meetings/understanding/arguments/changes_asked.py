"""Changes asked for in a sentence, which are never made on it: one's own task ("marker min
opgave som færdig"), whose card has the buttons, and a meeting to plan ("vi skal mødes den 14.
januar", "can you set up a meeting in March?"), whose form comes filled with the day named."""

import re
from datetime import date

from meetings.common.days_in_text import find_first_day
from meetings.common.weeks import find_week
from meetings.understanding.normalise import folded
from meetings.understanding.slots import month_in

_MY_TASK = re.compile(r"\b(?:min|mine|my)\s+(?:\w+\s+)?(?:opgaver?(?:ne|n)?|tasks?|to ?dos?)\b")
_CHANGE = re.compile(
    r"\b(?:marker(?:e|et)?|mark|luk(?:ke|ket)?|close|giv(?:e|et)?|hand|udsaet(?:te)?|udsat|"
    r"udskyd(?:e)?|udskudt|postpone|extend|slet(?:te|tet)?|delete|annuller(?:e|et)?|cancel|"
    r"flyt(?:te|tet)?|move|overdrag(?:e|et)?|reassign|afslut(?:te|tet)?|finish|complete|tick)\b")
_ASKING_FOR = frozenset("kan kunne can could may ma vil will would please venligst".split())

# A wish to plan, in folded spelling: a meeting, a word that plans or says it is to be, and no
# question word in front ("hvornår skal vi mødes i januar?" asks when the meeting is).
_MEETING = re.compile(r"\b(?:mode|modet|modes|meet|meeting)\b")
# "skal"/"should" said by the group ("vi skal mødes"), not one's own ("jeg skal til et møde")
_PLANS = re.compile(r"\b(?:planlaeg\w*|plan|schedule|set up|arranger\w*|arrange|indkald\w*|"
                    r"vi skal|skal vi|we should|should we|we shall|shall we|we need to)\b")
# A meeting there is, to cancel or move: "skal vi aflyse mødet den 14. januar?" plans nothing
_CANCELS_OR_MOVES = re.compile(
    r"\b(?:aflys\w*|annuller\w*|flyt\w*|ryk(?:ke|ker|ket)?|udskyd\w*|udsaet\w*|udsat|"
    r"cancel\w*|call off|move|moving|moved|postpon\w*|reschedul\w*|push(?:ed)? back)\b")
_ASKS = re.compile(r"^(?:hvornar|hvor|hvad|hvem|hvilk\w*|hvordan|when|where|what|who|which|"
                   r"how)\b")
_ANY_TODAY = date(2000, 1, 1)  # whether a day is named, not which


def asks_to_change_own_task(text: str) -> bool:
    """"marker min opgave som færdig", "giv min opgave til Daniel", "can I move my task to
    next week": a change to one's own task, asked for in words. The words go no further
    than the task's card, where its buttons make the change."""
    said = folded(text)
    first = said.split()[0] if said else ""
    return _MY_TASK.search(said) is not None and _CHANGE.search(said) is not None \
        and (first in _ASKING_FOR or _CHANGE.fullmatch(first) is not None)


def wishes_to_plan(text: str) -> bool:
    """"vi skal mødes den 14. januar", "kan du planlægge et møde i januar?", "we should meet
    on 14 January", "can you set up a meeting in March?": a meeting, a word that plans it,
    and the day, week or month it is to be in; not a meeting to cancel or move ("skal vi
    aflyse mødet den 14. januar?")."""
    said = folded(text)
    if _ASKS.match(said) or _CANCELS_OR_MOVES.search(said) \
            or not (_MEETING.search(said) and _PLANS.search(said)):
        return False
    return find_first_day(text, _ANY_TODAY) is not None \
        or find_week(text, _ANY_TODAY) is not None or bool(month_in(text, may_the_verb=True))
