"""Reading the annual report writes nothing: any member's card, the secretary's form and the
download behind the link leave every table as it was, because the links are signed with the
group's own secret. The texts row is made when the chair or the secretary saves. A link opens
its group's report of its year only; one signed with a texts row's secret before migration
0025 still opens."""

from datetime import timedelta

import pytest
from sqlalchemy import event, func, select

from app import create_app
from bot.settings import Settings
from meetings.common.refusal import Refusal
from meetings.documents.links import link_token, year_link_token
from meetings.groups.entities import Group
from meetings.reports.document import report_document_url
from meetings.reports.entities import AnnualTexts
from meetings.reports.shown import report_shown, texts_to_edit
from meetings.reports.texts import change_annual_texts
from storage.models.base import metadata
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import FakeClock
from tests.support.agenda_world import World, local

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
async def world(engine):
    return await World(unit_of_work_factory(engine), FakeClock(local(2027, 6, 1, 9, 0))).build()


@pytest.fixture
async def client(world, migrated_url, aiohttp_client):
    settings = Settings(APP_ID="", DATABASE_URL=migrated_url, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False)
    return await aiohttp_client(create_app(settings, clock=world.clock))


async def row_counts(world) -> dict[str, int]:
    async with world.uow() as uow:
        return {table.name: await uow.session.scalar(select(func.count()).select_from(table))
                for table in metadata.sorted_tables}


async def groups(world):
    async with world.uow() as uow:
        return (await uow.groups.get(world.group_id), await uow.groups.get(world.other_group_id))


def report(year: int):
    return lambda uow, g, a, now: report_shown(uow, g, year, a, now)


async def test_reading_the_report_with_no_row_leaves_every_table_as_it_was(world, engine,
                                                                            client):
    before = await row_counts(world)
    written: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(WRITES):
            written.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", note)
    try:
        for who in ("steen", "povl", "rie"):  # a member, a guest, the secretary
            shown = await world.act(who, report(2026))
            assert shown.report.year == 2026 and shown.can_edit == (who == "rie")
        form = await world.act("lisbet", lambda uow, g, a, now: texts_to_edit(
            uow, g, a, 2026, now))
        assert form.report.purpose is None
        group, _ = await groups(world)
        link = report_document_url("", group, 2026, "md", world.clock.now())
        assert (await client.get(link)).status == 200
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", note)
    assert written == []
    assert await row_counts(world) == before
    assert before["annual_texts"] == 0 and before["group_settings"] == 0


async def test_the_texts_row_is_made_when_the_chair_or_the_secretary_saves(world):
    def save(purpose: str):
        return lambda uow, g, a, now: change_annual_texts(uow, g, a, 2026, purpose, None, now)

    with pytest.raises(Refusal, match="^not_allowed$"):
        await world.act("steen", save("Mit formål"))
    assert (await row_counts(world))["annual_texts"] == 0
    await world.act("rie", save("Netværkets formål"))
    async with world.uow() as uow:
        [texts] = (await uow.session.scalars(select(AnnualTexts))).all()
    assert (texts.year, texts.purpose, texts.document_token) == (2026, "Netværkets formål", None)
    assert (await world.act("steen", report(2026))).report.purpose == "Netværkets formål"


async def test_a_link_opens_its_groups_report_of_its_year_only(world, client):
    group, other = await groups(world)
    now = world.clock.now()
    ours = report_document_url("", group, 2026, "md", now)
    theirs = report_document_url("", other, 2026, "md", now)
    assert (await (await client.get(ours)).text()).startswith("# Årsrapport 2026 – Netværks")
    assert (await (await client.get(theirs)).text()).startswith("# Årsrapport 2026 – Styreg")
    token = ours.rsplit("/", 1)[1].removesuffix(".md")
    group_id, year, day, signature = token.split("-")
    forged = {
        "other group": f"{other.id}-{year}-{day}-{signature}",
        "other year": f"{group_id}-2025-{day}-{signature}",
        "later day": f"{group_id}-{year}-{int(day) + 1}-{signature}",
        "other group's secret": year_link_token("report", group.id, 2026, other.report_token,
                                                now),
        "old form, group secret": link_token("report", group.id, group.report_token, now),
        "guessed": "1-2026-20270601-" + "0" * 32,
    }
    for what, token in forged.items():
        assert (await client.get(f"/report/{token}.md")).status == 404, what
    world.clock.advance(timedelta(days=91))
    assert (await client.get(ours)).status == 404


async def test_an_erased_groups_link_opens_nothing_its_secret_went_with_it(world, client):
    group, other = await groups(world)
    link = report_document_url("", other, 2026, "md", world.clock.now())
    async with world.uow() as uow:
        await uow.retention.erase(other.id)
        await uow.commit()
    assert (await client.get(link)).status == 404
    async with world.uow() as uow:
        assert await uow.session.scalar(select(func.count()).where(
            Group.report_token == other.report_token)) == 0
    assert (await client.get(report_document_url("", group, 2026, "md", world.clock.now()))
            ).status == 200


async def test_a_link_signed_with_the_texts_secret_before_0025_still_opens(world, client):
    now = world.clock.now()
    async with world.uow() as uow:
        for year, secret in ((2025, "signed-before-0025"), (2026, None)):
            await uow.annual_texts.add_if_absent({"group_id": world.group_id, "year": year,
                                                  "document_token": secret, "updated_at": now})
        old = await uow.annual_texts.get(world.group_id, 2025)
        since = await uow.annual_texts.get(world.group_id, 2026)
        await uow.commit()
    path = f"/report/{link_token('report', old.id, 'signed-before-0025', now)}.md"
    assert (await (await client.get(path)).text()).startswith("# Årsrapport 2025")
    # A row made since has no secret: no old-form link opens it, whatever it is signed with.
    for secret in ("", "None"):
        assert (await client.get(f"/report/{link_token('report', since.id, secret, now)}.md")
                ).status == 404
    world.clock.advance(timedelta(days=91))
    assert (await client.get(path)).status == 404
