"""Build the Teams app package: a zip of manifest.json, en.json and the two icons.

    python -m manifest.package [--out build/appPackage.zip] [--allow-placeholder]

Environment:
    APP_ID          the bot's Microsoft App ID (a GUID); required unless --allow-placeholder
    PUBLIC_URL      where the bot is reachable, e.g. https://moedebot.example.dk; its host goes
                    into validDomains; required unless --allow-placeholder
    TEAMS_APP_ID    the Teams app id; default derived from APP_ID (see derive_app_id)
    APP_VERSION     the app version (semver); default DEFAULT_VERSION. Teams only accepts
                    an update of an uploaded app when the version goes up.
    DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL
                    the privacy statement and terms of use the app's details page in Teams
                    links to; required unless --allow-placeholder (a GDPR-bound deployment's
                    privacy notice must be its own)
    DEVELOPER_NAME, DEVELOPER_WEBSITE_URL
                    override the placeholder developer name and website in the template.

The template holds ${{NAME}} tokens for the values above; every string in it is filled in, and
a token left over is an error, so a new token in the template cannot ship unfilled.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import uuid
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "manifest.template.json"
# Files copied into the package as they are, next to the generated manifest.json.
STATIC_FILES = ("en.json", "color.png", "outline.png")

DEFAULT_VERSION = "1.0.0"
DEFAULT_OUT = Path("build/appPackage.zip")
# Used with --allow-placeholder, so a package can be built (e.g. to validate) without secrets.
PLACEHOLDER_BOT_ID = "00000000-0000-0000-0000-000000000000"
PLACEHOLDER_PUBLIC_URL = "https://moedebot.example.dk"
# Fixed namespace: the same bot id must always give the same Teams app id, so that uploading a
# new package updates the installed app instead of adding a second one.
APP_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://moedebot/teams-app-id")

DEVELOPER_ENV = {
    "name": "DEVELOPER_NAME",
    "websiteUrl": "DEVELOPER_WEBSITE_URL",
    "privacyUrl": "DEVELOPER_PRIVACY_URL",
    "termsOfUseUrl": "DEVELOPER_TERMS_URL",
}

GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")  # as in the schema
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
TOKEN = re.compile(r"\$\{\{(\w+)\}\}")
# A constant timestamp makes the zip depend only on its contents.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def derive_app_id(bot_id: str) -> str:
    """The Teams app id for a bot id: stable across builds, distinct per bot."""
    return str(uuid.uuid5(APP_ID_NAMESPACE, bot_id.lower()))


def _require_guid(name: str, value: str) -> str:
    if not GUID.match(value):
        raise ValueError(
            f"{name} must be a GUID like 1b2c3d4e-1111-2222-3333-444455556666, got {value!r}"
        )
    return value.lower()


def _public_host(public_url: str) -> str:
    parts = urlsplit(public_url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"PUBLIC_URL must be an https URL such as {PLACEHOLDER_PUBLIC_URL}, "
                         f"got {public_url!r}")
    return parts.hostname  # validDomains takes a bare host: no scheme, port or path


def _fill(node, values: dict[str, str]):
    """Replace ${{NAME}} tokens in every string of the parsed template."""
    if isinstance(node, dict):
        return {key: _fill(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [_fill(item, values) for item in node]
    if isinstance(node, str):
        def replace(match: re.Match) -> str:
            if match.group(1) not in values:
                raise ValueError(f"template token {match.group(0)} has no value")
            return values[match.group(1)]
        return TOKEN.sub(replace, node)
    return node


def render_manifest(
    *,
    bot_id: str,
    public_url: str,
    app_id: str | None = None,
    version: str = DEFAULT_VERSION,
    developer: dict[str, str] | None = None,
) -> dict:
    """The manifest as a dict, with every placeholder filled in."""
    bot_id = _require_guid("APP_ID", bot_id)
    app_id = _require_guid("TEAMS_APP_ID", app_id) if app_id else derive_app_id(bot_id)
    if not SEMVER.match(version):
        raise ValueError(f"APP_VERSION must look like 1.2.3, got {version!r}")
    template = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    manifest = _fill(template, {
        "BOT_ID": bot_id,
        "TEAMS_APP_ID": app_id,
        "PUBLIC_HOST": _public_host(public_url),
        "APP_VERSION": version,
    })
    for key, value in (developer or {}).items():
        if key not in DEVELOPER_ENV:
            raise ValueError(f"unknown developer field {key!r}")
        if key != "name" and not value.startswith("https://"):
            raise ValueError(f"developer {key} must be an https URL, got {value!r}")
        manifest["developer"][key] = value
    return manifest


def build_package(
    out: Path,
    *,
    bot_id: str,
    public_url: str,
    app_id: str | None = None,
    version: str = DEFAULT_VERSION,
    developer: dict[str, str] | None = None,
) -> Path:
    """Write the app package zip to `out` and return its path."""
    manifest = render_manifest(
        bot_id=bot_id, public_url=public_url, app_id=app_id, version=version, developer=developer
    )
    entries = {"manifest.json": json.dumps(manifest, ensure_ascii=False, indent=2).encode()}
    entries.update({name: (HERE / name).read_bytes() for name in STATIC_FILES})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m manifest.package", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="zip file to write")
    parser.add_argument("--allow-placeholder", action="store_true",
                        help="use placeholder values when APP_ID, PUBLIC_URL or the "
                             "developer's privacy and terms URLs are not set")
    args = parser.parse_args(argv)

    env = os.environ
    bot_id = env.get("APP_ID") or (PLACEHOLDER_BOT_ID if args.allow_placeholder else None)
    public_url = env.get("PUBLIC_URL") or (
        PLACEHOLDER_PUBLIC_URL if args.allow_placeholder else None)
    if bot_id is None:
        parser.error("APP_ID is not set: it must be the bot's Microsoft App ID (a GUID); "
                     "use --allow-placeholder to build with a placeholder")
    if public_url is None:
        parser.error("PUBLIC_URL is not set (e.g. https://moedebot.example.dk); "
                     "use --allow-placeholder to build with a placeholder")
    for var in ("DEVELOPER_PRIVACY_URL", "DEVELOPER_TERMS_URL"):
        if not env.get(var) and not args.allow_placeholder:
            parser.error(f"{var} is not set: the app's details page in Teams links to it "
                         "(e.g. https://kommune.dk/privatliv); use --allow-placeholder to "
                         "build with a placeholder")
    developer = {key: env[var] for key, var in DEVELOPER_ENV.items() if env.get(var)}
    try:
        out = build_package(
            args.out,
            bot_id=bot_id,
            public_url=public_url,
            app_id=env.get("TEAMS_APP_ID") or None,
            version=env.get("APP_VERSION") or DEFAULT_VERSION,
            developer=developer,
        )
    except ValueError as err:
        parser.error(str(err))
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
