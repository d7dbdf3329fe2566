"""A role given in words: "gør Lisbet til formand", "Rie overtager som formand", "Daniel
tager referatet i mellemtiden", "make Daniel chair", and the Role value a role's word names."""

from meetings.understanding.meaning import Intent

# The role's word, read to its Role value by role_of_word.
_DA_ROLE = r"(?P<selector>formand(?:en)?|forkvinde(?:n)?|tovholder(?:en)?|sekretær(?:en)?" \
    r"|referent(?:en)?|medlem|gæst)"
_EN_ROLE = r"(?:the\s+|an?\s+)?(?P<selector>chair(?:man|woman|person)?|secretary" \
    r"|minute[\s-]?taker|member|guest)"
# Who is given a role: a name of one to four words, none of them a pronoun or a question word,
# and no comma in it: "Hej, hvem er formand?" asks who is, it gives nobody the role.
_NAME_WORD = r"(?!(?:jeg|vi|du|i|we|you|det|der|it|hvem|hvad|hvilken|hvilke|who|what|which)\b)" \
    r"[^\s,]+?"
_WHO = rf"(?P<argument>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)"
ROLE_PHRASINGS: tuple[tuple[str, Intent, str], ...] = (
    (rf"(?:gør|udnævn|sæt)\s+{_WHO}\s+(?:til|som)\s+(?:ny\s+)?{_DA_ROLE}", Intent.SET_ROLE,
     "da"),
    (rf"{_WHO}\s+(?:er|bliver|overtager\s+som)\s+(?:(?:ny|nu|konstitueret|fungerende)\s+)?"
     rf"{_DA_ROLE}", Intent.SET_ROLE, "da"),  # a hand-over, and a stand-in during a leave too
    (rf"{_WHO}\s+(?:tager|skriver)\s+(?P<selector>referat)(?:et)?(?:\s+i\s+mellemtiden"
     r"|\s+midlertidigt)?", Intent.SET_ROLE, "da"),
    (rf"(?:make|appoint)\s+{_WHO}\s+(?:as\s+)?(?:new\s+)?{_EN_ROLE}", Intent.SET_ROLE, "en"),
    (rf"{_WHO}\s+(?:is|becomes|takes\s+over\s+as)\s+(?:now\s+)?(?:the\s+)?"
     rf"(?:(?:new|acting|interim)\s+)?{_EN_ROLE}", Intent.SET_ROLE, "en"),
    (rf"{_WHO}\s+(?:takes|writes)\s+(?:the\s+)?(?P<selector>minutes)(?:\s+for\s+now"
     r"|\s+in\s+the\s+meantime)?", Intent.SET_ROLE, "en"),
)
_ROLE_WORDS = {"formand": "chair", "forkvinde": "chair", "tovholder": "chair", "chair": "chair",
               "sekretær": "secretary", "referent": "minute_taker", "referat": "minute_taker",
               "medlem": "member", "gæst": "guest", "secretary": "secretary", "guest": "guest",
               "minutetaker": "minute_taker", "minutes": "minute_taker", "member": "member"}


def role_of_word(word: str) -> str:
    """"formanden", "minute-taker" → the Role value they name ("chair", "minute_taker")."""
    key = word.casefold().replace("-", "").replace(" ", "")
    for ending in ("en", "n", "man", "woman", "person"):
        if key not in _ROLE_WORDS and key.endswith(ending):
            key = key[: -len(ending)] if key[: -len(ending)] in _ROLE_WORDS else key
    return _ROLE_WORDS.get(key, key)
