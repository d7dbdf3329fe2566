"""The commands: what changes something or carries an argument (a meeting line, a task line,
a name, a year, a month, what to search for), read by a table of phrasings in Danish and
English. Each pattern must match the whole message; order matters only where they overlap.
Questions without an argument are the classifier's (meetings/understanding/classifier.py)."""

import re

from meetings.understanding.arguments.names import name_commanded
from meetings.understanding.arguments.roles import ROLE_PHRASINGS, role_of_word
from meetings.understanding.arguments.searched_year import year_searched
from meetings.understanding.meaning import Intent, Understood
from meetings.understanding.normalise import without_polite_end
from meetings.understanding.slots import searched

# Words for "the next one" become one word per language, so callers compare against two.
_NEXT_WORDS = {"da": "næste", "en": "next"}

# The selector stops at the first "til"/"to": "flyt møde 9. februar til 16. februar fra 10 til 13".
_DA_MEETING = r"(?:det\s+)?(?:(?P<next>næste|førstkommende)\s+)?møde(?:t)?"
_EN_MEETING = r"(?:the\s+)?(?:(?P<next>next|upcoming)\s+)?meeting"
# A selector never starts with "til"/"to": in "flyt mødet til 3/3" there is none.
_SELECTOR_DA = r"(?:\s+(?:den\s+|d\.\s+)?(?!til\b)(?P<selector>.+?))?"
_SELECTOR_EN = r"(?:\s+(?:on\s+)?(?:the\s+)?(?!to\b)(?P<selector>.+?))?"
_ARGUMENT = r"(?:[\s:,]+(?P<argument>.*))?"
# What may follow a move or cancel that names no meeting: "næste", "next"; a move also "det",
# "it". "Cancel it" says too little to be a cancel: it may be one's own coming.
_DA_NEXT = r"(?:\s+(?P<next>næste|førstkommende))?"
_EN_NEXT = r"(?:\s+(?:the\s+)?(?P<next>next|upcoming))?"
_DA_HALF = r"(?:\s+(?:det|den|(?P<next>næste|førstkommende)))?"
_EN_HALF = r"(?:\s+(?:it|(?:the\s+)?(?P<next>next|upcoming)))?"
_I_AM = r"(?:i\s*(?:am|['’]m)\s+)"
_PLACE = r"(?P<argument>[^\W\d_]+(?:\s+kommune)?)"
# One sentence: no full stop, ! or ? after a word and before another ("Wednesday. Is …");
# "den 9. februar" and "d. 3. marts" are one.
_ONE_SENTENCE = r"(?:(?![^\W\d_]{2,}[.!?]\s+[^\W\d_])[^?])+"
# The person asked about: one to four words, and not "jeg"/"vi", which are other questions.
_NAME = r"(?!(?:jeg|vi|der|du|i|we|you)\b)(?P<argument>\S+?(?:\s+\S+?){0,3}?)"

# A person's rights (GDPR): what is stored about them, and having it erased.
_DA_MINE = r"mine\s+(?:data|oplysninger|persondata|personoplysninger)"
_EN_MINE = r"my\s+(?:data|personal\s+data|information|details)"
_PRIVACY_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (r"hvad\s+(?:ved|har|gemmer|opbevarer|registrerer)\s+(?:du|i|bot(?:ten)?|mødebot)"
     r"(?:\s+(?:af\s+)?(?:data|oplysninger))?\s+om\s+mig", Intent.MY_DATA, "da"),
    (rf"(?:vis|send|hent|giv|eksportér|eksporter|udlevér|udlever)\s+(?:mig\s+)?{_DA_MINE}"
     r"|indsigt\s+i\s+" + _DA_MINE, Intent.MY_DATA, "da"),
    (r"what\s+(?:do|does)\s+(?:you|the\s+bot|mødebot)\s+(?:know|store|keep|hold|have)"
     r"(?:\s+(?:data|information))?\s+(?:about|on)\s+me", Intent.MY_DATA, "en"),
    (rf"(?:show|send|export|download|give)\s+(?:me\s+)?{_EN_MINE}", Intent.MY_DATA, "en"),
    (rf"(?:slet|fjern|glem)\s+(?:alle\s+)?{_DA_MINE}|glem\s+mig", Intent.ERASE_MY_DATA, "da"),
    (rf"(?:delete|erase|remove|forget)\s+(?:all\s+)?{_EN_MINE}|forget\s+me",
     Intent.ERASE_MY_DATA, "en"),
    (r"slet\s+(?:alle\s+)?(?:data|oplysninger|persondata)\s+(?:om|for|på)\s+(?P<argument>.+)",
     Intent.ERASE_MEMBER_DATA, "da"),
    (r"(?:delete|erase)\s+(?:all\s+)?(?:the\s+)?(?:data|information|personal\s+data)\s+"
     r"(?:about|of|on|for)\s+(?P<argument>.+)", Intent.ERASE_MEMBER_DATA, "en"),
)
# Tasks come late, so no message that meant something before means something else now.
_TASK_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    # "task list" is not a task called "list": see `read_command`.
    (r"(?:ny\s+opgave|(?:opret|tilføj)\s+(?:en\s+)?(?:ny\s+)?opgave|opgave)" + _ARGUMENT,
     Intent.ADD_TASK, "da"),
    (r"(?:new\s+task|(?:add|create)\s+(?:a\s+)?(?:new\s+)?task|task|action\s+item)" + _ARGUMENT,
     Intent.ADD_TASK, "en"),
    (rf"hvad\s+mangler\s+{_NAME}(?:\s+at\s+gøre)?", Intent.TASKS_OF, "da"),
    (rf"hvad\s+har\s+{_NAME}\s+af\s+opgaver", Intent.TASKS_OF, "da"),
    (rf"(?:vis\s+)?{_NAME}(?:['’]s?|s)\s+(?:åbne\s+)?opgaver", Intent.TASKS_OF, "da"),
    (r"(?:vis\s+)?opgaver\s+(?:for|til)\s+" + _NAME, Intent.TASKS_OF, "da"),
    (rf"what\s+(?:does|has)\s+{_NAME}\s+(?:got\s+|have\s+)?(?:open|left|to\s+do)",
     Intent.TASKS_OF, "en"),
    (rf"(?:show\s+)?{_NAME}['’]s?\s+(?:open\s+)?tasks", Intent.TASKS_OF, "en"),
    (r"(?:show\s+)?(?:open\s+)?tasks\s+(?:of|for)\s+" + _NAME, Intent.TASKS_OF, "en"),
    (r"(?:jeg\s+er\s+|sæt\s+mig\s+(?:som\s+)?)?(?:væk|bortrejst|på\s+ferie|fraværende|fravær"
     r"|syg|på\s+orlov)\s+(?:til\s+og\s+med|t\.\s?o\.\s?m\.?|indtil|frem\s+til|til)"
     # "fraværende til næste møde" is regrets for a meeting, not away until a date.
     rf"\s+(?P<argument>(?!(?:det\s+)?(?:næste|førstkommende)\s+møde|mødet\b){_ONE_SENTENCE})",
     Intent.AWAY, "da"),
    # "off to lunch", "out to a meeting": going somewhere, not away until a date. A question
    # after the date ("I'm away until Wednesday. Is that too late for an item?") asks it.
    (rf"{_I_AM}?(?:(?:away|out\s+of\s+(?:the\s+)?office|on\s+(?:leave|holiday|vacation))"
     r"\s+(?:until|till|til|through|to)|(?:out|off)\s+(?:until|till|til|through))"
     rf"\s+(?P<argument>{_ONE_SENTENCE})", Intent.AWAY, "en"),
    # "tilbage" alone is "go back" as often as "I am back": no change on it.
    (r"jeg\s+er\s+tilbage(?:\s+igen)?|tilbage\s+igen|jeg\s+er\s+ikke\s+(?:længere\s+)?væk",
     Intent.AWAY, "da"),
    (rf"{_I_AM}(?:back(?:\s+again)?|no\s+longer\s+away)|back\s+again", Intent.AWAY, "en"),
)
# Questions about the minutes come after everything else, for the same reason.
_DA_DECIDED = r"(?:besluttet|vedtaget|aftalt)"
_EN_DECIDED = r"(?:decided?|agreed?)"
_ABOUT_DA = r"\s+(?:om|angående|vedrørende|ang\.)\s+(?P<argument>.+)"
_ABOUT_EN = r"\s+(?:about|on|regarding|concerning)\s+(?P<argument>.+)"
# Where a search looks, said before what it looks for: "søg i de gamle referater efter …",
# "search the old minutes for …"; none of it is searched for.
_IN_THE_MINUTES_DA = r"(?:\s+(?:i\s+)?(?:de\s+|alle\s+)?(?:gamle\s+)?" \
    r"(?:referat(?:et|er|erne)?|ref))"
_IN_THE_MINUTES_EN = r"(?:\s+(?:in\s+)?(?:the\s+)?(?:old\s+|network\s+)?minutes)"
_SEARCH_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (rf"hvad\s+(?:blev|er)\s+(?:der\s+)?{_DA_DECIDED}{_ABOUT_DA}", Intent.SEARCH, "da"),
    (rf"hvad\s+har\s+vi\s+{_DA_DECIDED}{_ABOUT_DA}", Intent.SEARCH, "da"),
    (rf"hvad\s+(?:besluttede|vedtog|aftalte)\s+vi{_ABOUT_DA}", Intent.SEARCH, "da"),
    (rf"søg(?:\s+lige)?{_IN_THE_MINUTES_DA}?(?:\s+(?:efter|på|for))?[\s:,]+(?P<argument>.+)",
     Intent.SEARCH, "da"),
    (rf"what\s+(?:did|have)\s+we\s+{_EN_DECIDED}{_ABOUT_EN}", Intent.SEARCH, "en"),
    (rf"what\s+(?:was|has\s+been)\s+(?:decided|agreed){_ABOUT_EN}", Intent.SEARCH, "en"),
    (rf"search{_IN_THE_MINUTES_EN}?(?:\s+for)?(?:\s+(?:the\s+word|anything\s+(?:on|about)))?"
     r"[\s:,]+(?P<argument>.+)", Intent.SEARCH, "en"),
)
# The year: "planlæg året" opens the plan, "årshjul" shows it; "tema i september" asks.
_YEAR = r"(?:\s+(?:for\s+|i\s+|in\s+)?(?P<argument>\d{4}))?"
_MONTH_ASKED = r"(?P<argument>[^\W\d_]+\.?(?:\s+\d{4})?)"
_YEAR_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (r"(?P<selector>planlæg)\s+(?:året|(?P<next_year>næste\s+år)|årets\s+møder|årshjulet)"
     + _YEAR,
     Intent.YEAR_PLAN, "da"),
    (r"(?P<selector>planlæg)\s+(?P<argument>\d{4})", Intent.YEAR_PLAN, "da"),
    (r"(?:vis\s+)?(?:årshjul(?:et)?|årsplan(?:en)?)" + _YEAR, Intent.YEAR_PLAN, "da"),
    (r"(?P<selector>plan)\s+(?:the\s+year|(?P<next_year>next\s+year)|the\s+year['’]s\s+meetings)"
     + _YEAR,
     Intent.YEAR_PLAN, "en"),
    (r"(?P<selector>plan)\s+(?P<argument>\d{4})", Intent.YEAR_PLAN, "en"),
    (r"(?:show\s+)?(?:the\s+)?(?:annual|yearly|year['’]?s?)\s+(?:plan|wheel|calendar)" + _YEAR,
     Intent.YEAR_PLAN, "en"),
    (r"(?:hvad|hvilket)\s+(?:er|bliver|var)\s+(?:temaet|tema(?:et)?\s+for\s+mødet)\s+i\s+"
     + _MONTH_ASKED, Intent.THEME, "da"),
    (r"(?:hvilket\s+)?tema(?:et)?\s+(?:har\s+(?:vi|mødet)\s+)?i\s+" + _MONTH_ASKED,
     Intent.THEME, "da"),
    (r"what(?:['’]s|\s+is|\s+was)\s+the\s+theme\s+(?:of\s+the\s+meeting\s+)?(?:in|for)\s+"
     + _MONTH_ASKED, Intent.THEME, "en"),
    (r"(?:the\s+)?theme\s+(?:in|for)\s+" + _MONTH_ASKED, Intent.THEME, "en"),
)
# The annual report to the steering group: "årsrapport", "årsrapporten for 2026".
_REPORT_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (r"(?:(?:vis|lav|skriv|hent)\s+)?(?:netværkets\s+)?årsrapport(?:en)?" + _YEAR,
     Intent.ANNUAL_REPORT, "da"),
    (r"(?:(?:show|make|write|get)\s+)?(?:the\s+)?(?:annual|yearly)\s+report" + _YEAR,
     Intent.ANNUAL_REPORT, "en"),
)
# Organisations and the members card.
_ORGANISATION_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (r"(?:jeg\s+er\s+fra|jeg\s+kommer\s+fra|jeg\s+repræsenterer)\s+(?P<argument>.+)",
     Intent.MY_ORGANISATION, "da"),
    (rf"(?:{_I_AM}from|i\s+come\s+from|i\s+represent)\s+(?P<argument>.+)",
     Intent.MY_ORGANISATION, "en"),
    (r"(?:vis\s+)?(?:medlemmer(?:ne)?|medlemsliste(?:n)?)", Intent.MEMBERS, "da"),
    (r"(?:show\s+)?(?:the\s+)?(?:members|member\s+list)", Intent.MEMBERS, "en"),
)
# Order matters only where phrasings overlap; each pattern must match the whole message.
_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (r"(?:nyt\s+punkt|foreslå\s+(?:et\s+)?punkt|punkt)" + _ARGUMENT, Intent.PROPOSE_ITEM, "da"),
    (r"(?:new\s+item|propose\s+(?:an\s+)?item|item)" + _ARGUMENT, Intent.PROPOSE_ITEM, "en"),
    (rf"intet\s+fra\s+(?:os|mig|{_PLACE})(?:\s+denne\s+gang)?"  # _PLACE: see intents.py
     r"|ingen\s+punkter(?:\s+fra\s+(?:os|mig))?", Intent.NOTHING_FROM_US, "da"),
    (rf"nothing\s+from\s+(?:us|me|{_PLACE})(?:\s+this\s+time)?"
     r"|no\s+items(?:\s+from\s+(?:us|me))?", Intent.NOTHING_FROM_US, "en"),
    (r"gennemgå\s+(?:punkter(?:ne)?|forslag(?:ene)?)", Intent.REVIEW_ITEMS, "da"),
    (r"(?:publicér|publicer|udsend|send)\s+dagsorden(?:en)?(?:\s+nu)?",
     Intent.PUBLISH_AGENDA, "da"),
    (r"(?:publish|send\s+out)\s+(?:the\s+)?agenda(?:\s+now)?", Intent.PUBLISH_AGENDA, "en"),
    (r"review\s+(?:the\s+)?(?:items|proposals)", Intent.REVIEW_ITEMS, "en"),
    (r"(?:vis\s+)?indstillinger(?:ne)?", Intent.SETTINGS, "da"),
    (r"(?:show\s+)?settings", Intent.SETTINGS, "en"),
    (r"(?:vis\s+)?(?:ikke[\s-]+leverede|ikke[\s-]+afleverede|fejlede|mislykkede)\s+beskeder",
     Intent.UNDELIVERED, "da"),
    (r"(?:show\s+)?(?:undelivered|failed)\s+messages", Intent.UNDELIVERED, "en"),
    (r"\?+", Intent.HELP, ""),  # a lone "?" asks for help, in no particular language
    (
        r"(?:nyt\s+m(?:ø|oe|o)de|(?:planlæg(?:ge)?|opret(?:te)?|lav(?:e)?|indkald(?:e)?\s+til)\s+"
        r"(?:et\s+|det\s+|vores\s+"
        r"|jeres\s+)?(?:nyt\s+|første\s+|næste\s+)?møde(?:t)?)" + _ARGUMENT,
        Intent.PLAN_MEETING,
        "da",
    ),
    (
        r"(?:new\s+meeting|(?:plan|schedule|create|add)\s+(?:a\s+|the\s+|our\s+)?"
        r"(?:new\s+|first\s+|next\s+)?meeting)" + _ARGUMENT,
        Intent.PLAN_MEETING,
        "en",
    ),
    (
        rf"(?:flyt|ryk|udskyd)\s+{_DA_MEETING}{_SELECTOR_DA}(?:\s+til\s+(?P<argument>.+))?",
        Intent.MOVE_MEETING,
        "da",
    ),
    (
        rf"(?:move|reschedule|postpone)\s+{_EN_MEETING}{_SELECTOR_EN}(?:\s+to\s+(?P<argument>.+))?",
        Intent.MOVE_MEETING,
        "en",
    ),
    (
        rf"(?:aflys|annuller|slet)\s+{_DA_MEETING}{_SELECTOR_DA}",
        Intent.CANCEL_MEETING,
        "da",
    ),
    (
        rf"(?:cancel|call\s+off|delete)\s+{_EN_MEETING}{_SELECTOR_EN}",
        Intent.CANCEL_MEETING,
        "en",
    ),
    # Half a move or cancel ("flyt", "flyt mødet til", "aflys", "cancel next") is that command
    # for the next meeting: its form or question, never chatter or one's own regrets.
    (rf"(?:flyt|ryk|udskyd){_DA_HALF}(?:\s+møde(?:t)?)?(?:\s+til)?", Intent.MOVE_MEETING, "da"),
    (rf"(?:move|reschedule|postpone){_EN_HALF}(?:\s+(?:the\s+)?meeting)?(?:\s+to)?",
     Intent.MOVE_MEETING, "en"),
    (rf"(?:aflys|annuller){_DA_NEXT}", Intent.CANCEL_MEETING, "da"),
    (rf"(?:cancel|call\s+off){_EN_NEXT}", Intent.CANCEL_MEETING, "en"),
    *_PRIVACY_PHRASINGS,
    *_TASK_PHRASINGS,
    *_SEARCH_PHRASINGS,
    *_YEAR_PHRASINGS,
    *_REPORT_PHRASINGS,
    *ROLE_PHRASINGS,
    *_ORGANISATION_PHRASINGS,
)
_TABLE = tuple(
    (re.compile(pattern, re.IGNORECASE), intent, language)
    for pattern, intent, language in _PHRASINGS
)
# Closing punctuation says nothing about the intent; a lone "?" does, so it stays.
_CLOSING_PUNCTUATION = re.compile(r"(?<=\S)\s*[?!.]+$")
_SPACES = re.compile(r"\s+")


_AT_TAG = re.compile(r"</?at>", re.IGNORECASE)
# What the member writes, in which a "tak" at the end may be part of the text.
_FREE_TEXT = frozenset({Intent.PROPOSE_ITEM, Intent.ADD_TASK, Intent.SEARCH,
                        Intent.MY_ORGANISATION, Intent.ERASE_MEMBER_DATA})


def cleaned(text: str) -> str:
    """Spaces made single, closing punctuation dropped: what the table is matched against."""
    return _CLOSING_PUNCTUATION.sub("", _SPACES.sub(" ", text).strip())


def read_command(message: str) -> Understood | None:
    """The command the cleaned message is, or None. A "tak"/"please" at its end is said to the
    bot, no part of a command ("planlæg første møde tak") nor of a plan, move or cancel line,
    but part of a free text ("punkt: Budget, tak"), which keeps it."""
    polite = cleaned(without_polite_end(message))
    if polite != message and (command := _read_table(polite)) is not None \
            and command.intent not in _FREE_TEXT:
        return command
    return _read_table(message)


def _read_table(message: str) -> Understood | None:
    for pattern, intent, language in _TABLE:
        if match := pattern.fullmatch(message):
            return _understood(match, intent, language)
    return None


def _understood(match: re.Match[str], intent: Intent, language: str) -> Understood:
    parts = match.groupdict()
    selector = _NEXT_WORDS[language] if parts.get("next") else (parts.get("selector") or "")
    spoken = language or None  # "?" alone is in no language
    argument = (parts.get("argument") or "").strip()
    if parts.get("next_year") and not argument:
        argument = "+1"  # the year after the group's today: slots.year_asked counts it
    if intent == Intent.SET_ROLE:
        selector = role_of_word(selector)
    if intent == Intent.SEARCH:
        # "søg på tolkning sidste år" looks for "tolkning" in last year's minutes
        argument, selector = searched(argument), year_searched(argument)
    if intent in (Intent.TASKS_OF, Intent.SET_ROLE):
        # A name asked about is a name; who an @mention stands for is in the activity.
        argument = _AT_TAG.sub("", argument).strip()
    if intent == Intent.TASKS_OF:  # "can you show Daniel's tasks": Daniel's
        argument = name_commanded(argument, opens=match.start("argument") == 0)
    return Understood(intent, spoken, argument, selector.strip())
