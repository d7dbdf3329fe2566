"""The Teams app package: its contents, and the manifest validated against the official schema.

Validation runs manifest/validate.mjs, i.e. the JSON schemas bundled in the npm package
@microsoft/app-manifest, offline; it needs node and `npm ci` to have been run.
"""

import json
import os
import shutil
import struct
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

from manifest.package import build_package, derive_app_id

ROOT = Path(__file__).resolve().parents[3]
VALIDATOR = ROOT / "manifest" / "validate.mjs"
BOT_ID = "3f2b8c1e-7d4a-4b9e-9c1f-5a6e2d8b0c47"
PUBLIC_URL = "https://moedebot.example.dk"
PACKAGE_FILES = {"manifest.json", "en.json", "color.png", "outline.png"}


@pytest.fixture
def package(tmp_path) -> Path:
    return build_package(tmp_path / "appPackage.zip", bot_id=BOT_ID, public_url=PUBLIC_URL)


@pytest.fixture
def unpacked(package, tmp_path) -> Path:
    out = tmp_path / "unpacked"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(out)
    return out


def validate(*files: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "@microsoft" / "app-manifest").is_dir():
        pytest.fail("manifest validation needs node and `npm ci` (for @microsoft/app-manifest)")
    return subprocess.run([node, str(VALIDATOR), *map(str, files)],
                          capture_output=True, text=True, timeout=60)


def png_size(data: bytes) -> tuple[int, int]:
    # PNG signature (8 bytes), then the IHDR chunk: length, type, width, height.
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_package_holds_exactly_the_manifest_localization_and_icons(package):
    with zipfile.ZipFile(package) as zf:
        assert set(zf.namelist()) == PACKAGE_FILES
        assert png_size(zf.read("color.png")) == (192, 192)
        assert png_size(zf.read("outline.png")) == (32, 32)
        assert zf.read("outline.png")[25] == 6  # colour type RGBA: the outline is transparent


def test_ids_and_domain_are_filled_in(unpacked):
    text = (unpacked / "manifest.json").read_text(encoding="utf-8")
    assert "${{" not in text
    manifest = json.loads(text)
    assert [bot["botId"] for bot in manifest["bots"]] == [BOT_ID]
    assert manifest["id"] == derive_app_id(BOT_ID) != BOT_ID
    assert manifest["validDomains"] == ["moedebot.example.dk"]
    titles = [c["title"] for c in manifest["bots"][0]["commandLists"][0]["commands"]]
    assert titles == ["hjælp", "næste møde", "kommende møder", "nyt møde", "flyt møde",
                      "aflys møde"]


def test_the_bot_takes_files_so_minutes_can_be_sent_in_the_1_1_chat(unpacked):
    """Without supportsFiles Teams offers no paper clip in the 1:1 chat with the bot."""
    manifest = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["bots"][0]["supportsFiles"] is True


def test_the_bot_asks_to_read_the_unmentioned_messages_of_the_chats_it_is_installed_in(unpacked):
    """Resource-specific consent: without it Teams delivers only messages that @mention the
    bot, and "#beslutning …" lines written while the minutes are open would need a mention.
    The app id names the Entra app the consent is granted to: the bot's own."""
    manifest = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["webApplicationInfo"] == {"id": BOT_ID,
                                              "resource": "https://moedebot.example.dk"}
    assert manifest["authorization"]["permissions"]["resourceSpecific"] == [
        {"name": "ChatMessage.Read.Chat", "type": "Application"},
        {"name": "ChannelMessage.Read.Group", "type": "Application"},
    ]


def test_app_id_is_stable_and_can_be_overridden(tmp_path):
    assert derive_app_id(BOT_ID) == derive_app_id(BOT_ID.upper())
    assert uuid.UUID(derive_app_id(BOT_ID)).version == 5
    app_id = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a"
    zip_path = build_package(tmp_path / "p.zip", bot_id=BOT_ID, public_url=PUBLIC_URL,
                             app_id=app_id, version="2.3.4")
    with zipfile.ZipFile(zip_path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert (manifest["id"], manifest["version"]) == (app_id, "2.3.4")


def test_manifest_and_localization_pass_the_official_schema(unpacked):
    result = validate(unpacked / "manifest.json", unpacked / "en.json")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifestVersion"] == "1.30"
    assert manifest["localizationInfo"]["additionalLanguages"] == [
        {"languageTag": "en-us", "file": "en.json"}
    ]


def _broken(unpacked: Path, name: str, break_it) -> Path:
    doc = json.loads((unpacked / name).read_text(encoding="utf-8"))
    break_it(doc)
    path = unpacked / f"broken-{name}"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _thirteen_commands(manifest):
    commands = manifest["bots"][0]["commandLists"][0]["commands"]
    commands.extend({"title": f"kommando {i}"} for i in range(13 - len(commands)))


@pytest.mark.parametrize(
    ("name", "break_it", "message"),
    [
        ("manifest.json", lambda m: m["bots"][0].pop("botId"), "botId"),
        ("manifest.json", _thirteen_commands, "more than 12 items"),
        ("manifest.json", lambda m: m["bots"][0].update(botId="ikke-en-guid"), "pattern"),
        ("en.json", lambda e: e.pop("description.full"), "description.full"),
        ("manifest.json", lambda m: m["authorization"]["permissions"]["resourceSpecific"][0]
         .update(type="Everything"), "allowed values"),
        ("manifest.json", lambda m: m["webApplicationInfo"].update(id="min-bot"), "pattern"),
    ],
    ids=["no-bot-id", "13-commands", "bot-id-not-guid", "localization-incomplete",
         "permission-of-no-type", "web-app-id-not-guid"],
)
def test_validation_rejects_a_broken_manifest(unpacked, name, break_it, message):
    result = validate(_broken(unpacked, name, break_it))
    assert result.returncode == 1
    assert message in result.stderr


def test_cli_refuses_an_app_id_that_is_not_a_guid(tmp_path):
    env = {**os.environ, "APP_ID": "min-bot", "PUBLIC_URL": PUBLIC_URL,
           "DEVELOPER_PRIVACY_URL": "https://kommune.dk/privatliv",
           "DEVELOPER_TERMS_URL": "https://kommune.dk/vilkaar"}
    env.pop("TEAMS_APP_ID", None)
    out = tmp_path / "p.zip"
    result = subprocess.run(
        [sys.executable, "-m", "manifest.package", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert "APP_ID must be a GUID" in result.stderr and "'min-bot'" in result.stderr
    assert not out.exists()


def test_cli_builds_a_package_from_the_environment(tmp_path):
    env = {**os.environ, "APP_ID": BOT_ID, "PUBLIC_URL": "https://bot.kommune.dk/api/messages",
           "DEVELOPER_PRIVACY_URL": "https://kommune.dk/privatliv",
           "DEVELOPER_TERMS_URL": "https://kommune.dk/vilkaar"}
    for var in ("TEAMS_APP_ID", "APP_VERSION"):
        env.pop(var, None)
    out = tmp_path / "p.zip"
    result = subprocess.run(
        [sys.executable, "-m", "manifest.package", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["validDomains"] == ["bot.kommune.dk"]
    assert manifest["developer"]["privacyUrl"] == "https://kommune.dk/privatliv"
    assert manifest["developer"]["termsOfUseUrl"] == "https://kommune.dk/vilkaar"


def test_cli_refuses_to_link_a_placeholder_privacy_statement(tmp_path):
    env = {**os.environ, "APP_ID": BOT_ID, "PUBLIC_URL": "https://bot.kommune.dk/api/messages",
           "DEVELOPER_TERMS_URL": "https://kommune.dk/vilkaar"}
    for var in ("TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_PRIVACY_URL"):
        env.pop(var, None)
    out = tmp_path / "p.zip"
    result = subprocess.run(
        [sys.executable, "-m", "manifest.package", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0 and "DEVELOPER_PRIVACY_URL is not set" in result.stderr
    assert not out.exists()
