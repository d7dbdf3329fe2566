"""ALLOWED_TENANTS (with APP_TENANTID) names the municipality's own tenants: the bot installed
in another organisation's Teams stores nobody from there and answers nothing, and it is
logged."""

import pytest
from sqlalchemy import func, select

from meetings.groups.entities import Group, Member

FOREIGN = "tenant-somewhere-else"


@pytest.fixture
def settings_env() -> dict[str, str]:
    return {"ALLOWED_TENANTS": "tenant-kkr-sjaelland"}


def from_foreign_tenant(activity: dict) -> dict:
    activity["conversation"] = {**activity["conversation"], "tenantId": FOREIGN,
                                "id": "19:fremmed@thread.v2"}
    activity["channelData"] = {**activity.get("channelData", {}), "tenant": {"id": FOREIGN}}
    return activity


async def rows(bot) -> tuple[int, int]:
    async with bot.uow() as uow:
        return (await uow.session.scalar(select(func.count()).select_from(Group)),
                await uow.session.scalar(select(func.count()).select_from(Member)))


async def test_an_install_and_a_message_from_another_tenant_store_and_answer_nothing(
        bot, caplog):
    await bot.post(from_foreign_tenant(bot.activity("group_installation_update")))
    message = from_foreign_tenant(bot.activity("group_message"))
    message["text"] = "<at>Mødebot</at> hjælp"
    await bot.post(message)
    assert await rows(bot) == (0, 0)
    assert bot.connector.texts() == [] and bot.connector.cards() == []
    refused = [r for r in caplog.records if r.getMessage().startswith("refused: activity from")]
    assert [r.tenant_id for r in refused] == [FOREIGN, FOREIGN]


async def test_the_allowed_tenant_is_served_as_before(bot):
    await bot.install()
    await bot.say("hjælp")
    groups, members = await rows(bot)
    assert groups == 1 and members >= 1
    assert bot.connector.cards()
