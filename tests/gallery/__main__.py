"""`python -m tests.gallery [folder]` (`make cards`): every card template, and a few variants of
one (tests.gallery.album), in Danish and in English, as a Teams chat shows it on the desktop, in
build/cards/<template>[-<variant>]-<language>.png, and on a phone, in build/cards/phone/, with an
index.html showing both; the cards' JSON beside them in build/cards/json/."""

from __future__ import annotations

import asyncio
import html
import json
import logging
import sys
from pathlib import Path

from tests.gallery.album import Album
from tests.gallery.camera import DESKTOP, PHONE, photograph
from tests.gallery.play import play_all

OUT = Path("build/cards")


def index(albums: list[Album]) -> str:
    rows = []
    for name in sorted(albums[0].cards):  # each template, its variants after it
        pictures = "".join(
            f"<figure><img src='{folder}{name}-{album.language}.png' "
            f"alt='{name} ({album.language}, {screen})'>"
            f"<figcaption>{album.language}, {screen}</figcaption></figure>"
            for folder, screen in (("", DESKTOP.name), (f"{PHONE.name}/", PHONE.name))
            for album in albums)
        moment = html.escape(albums[0].moments.get(name, ""))
        rows.append(f"<section id='{name}'><h2>{name}</h2><p>{moment}</p>{pictures}</section>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Mødebot's cards"
            "</title><style>body{font-family:sans-serif;background:#f5f5f5;margin:24px}"
            "figure{display:inline-block;vertical-align:top;margin:0 16px 16px 0}"
            "img{display:block}</style></head><body><h1>Mødebot's cards</h1>"
            f"<p>Every card template (and a few variants) in Danish and English, rendered by "
            f"the Adaptive Cards JavaScript renderer with a Teams-like host config, at "
            f"{DESKTOP.width} px as on the desktop and at {PHONE.width} px as on a phone "
            f"(at most {PHONE.buttons} buttons side by side, the rest behind …).</p>"
            + "".join(rows) + "</body></html>")


async def build(out: Path) -> int:
    albums = await play_all()
    shots = [{"name": f"{name}-{album.language}", "card": card}
             for album in albums for name, card in sorted(album.cards.items())]
    (out / "json").mkdir(parents=True, exist_ok=True)
    for shot in shots:
        (out / "json" / f"{shot['name']}.json").write_text(
            json.dumps(shot["card"], ensure_ascii=False, indent=1), encoding="utf-8")
    problems = await photograph(shots, out, DESKTOP)
    (out / PHONE.name).mkdir(exist_ok=True)
    for name, messages in (await photograph(shots, out / PHONE.name, PHONE)).items():
        problems.setdefault(name, []).extend(m for m in messages if m not in problems.get(name, []))
    (out / "index.html").write_text(index(albums), encoding="utf-8")
    for name, messages in sorted(problems.items()):
        print(f"{name}: {'; '.join(messages)}", file=sys.stderr)
    print(f"{len(shots)} cards in {out}/index.html")
    return 1 if problems else 0


if __name__ == "__main__":
    # The play blocks one person's 1:1 chat on purpose; the warnings that logs are expected.
    logging.basicConfig(level=logging.ERROR)
    sys.exit(asyncio.run(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)))
