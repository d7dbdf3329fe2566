"""The play the gallery's cards come from: a network group's winter, December 2023 to February
2024, from the seed minutes on, once in Danish and once in English."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.gallery.album import Album
from tests.gallery.december import START, december
from tests.gallery.february import february
from tests.gallery.january import january
from tests.gallery.stage import Stage

LOCALES = {"da": "da-DK", "en": "en-GB"}


async def play(language: str) -> Album:
    """Every card the play shows, in `language`, each kept once under its template's name."""
    album = Album(language)
    with tempfile.TemporaryDirectory(prefix="card-gallery-") as folder:
        async with Stage.open(Path(folder), START, LOCALES[language]) as stage:
            for act in (december, january, february):
                await act(stage, album)
    return album


async def play_all() -> list[Album]:
    return [await play(language) for language in LOCALES]
