"""An accepted item can be taken off, deferred or corrected from the review card, by the chair
and the secretary only; a published agenda follows in place."""

import logging
from datetime import UTC, datetime

from meetings.common.outbox_kind import OutboxKind
from tests.bot.agenda.test_agenda_cycle_delivery import tick_and_deliver
from tests.bot.agenda.test_agenda_manager_turns import items, propose
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import card_text, elements


def buttons_for(card: dict, item_id: int) -> dict[str, dict]:
    """The buttons that act on the item, by title; a button that opens a reason shows its own."""
    return {e["title"]: e for e in elements(card) if e.get("type") == "Action.Execute"
            and e.get("data", {}).get("item_id") == item_id
            and e["data"].get("direction") is None}


async def accepted(bot, *titles: str) -> tuple[int, dict]:
    meeting_id = await planned(bot)  # fredag 5. februar 2027
    proposed = await propose(bot, meeting_id, *titles)
    for title in titles:
        card = await bot.click("item.review", {"item_id": proposed[title].id,
                                               "decision": "accept"})
    return meeting_id, {"card": card["value"], **proposed}


async def test_an_accepted_item_on_the_review_card_can_be_deferred_rejected_or_edited(bot):
    _, seen = await accepted(bot, "Alfa", "Beta", "Gamma")
    for title in ("Alfa", "Beta", "Gamma"):
        buttons = buttons_for(seen["card"], seen[title].id)
        assert {"Udskyd", "Afvis", "Ret"} <= set(buttons)
        assert buttons["Afvis"]["data"]["decision"] == "reject"
    reason = f"reason_{seen['Alfa'].id}"
    assert any(e.get("id") == reason for e in elements(seen["card"]))

    await bot.click("item.review", {"item_id": seen["Alfa"].id, "decision": "reject",
                                    reason: "Presenter is ill"})
    card = await bot.click("item.review", {"item_id": seen["Beta"].id, "decision": "defer"})
    form = await bot.click("item.edit", {"item_id": seen["Gamma"].id})
    assert {e["id"]: e.get("value") for e in elements(form["value"]) if "id" in e}[
        "title"] == "Gamma"
    after = await items(bot)
    assert (after["Alfa"].status, after["Alfa"].reject_reason) == ("rejected", "Presenter is ill")
    assert after["Beta"].status == "deferred" and after["Gamma"].status == "accepted"
    on_agenda = card_text(card["value"]).split("På dagsordenen")[1]
    assert "Gamma" in on_agenda and "Alfa" not in on_agenda and "Beta" not in on_agenda


async def test_taking_an_accepted_item_off_a_published_agenda_updates_the_posted_card(bot):
    meeting_id = await planned(bot)
    bot.clock.set(datetime(2027, 1, 27, 8, 0, tzinfo=UTC))  # after the deadline: accepted
    for title in ("Alfa", "Beta"):
        await bot.click("item.propose", {**ITEM, "title": title, "meeting_id": meeting_id})
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 0, tzinfo=UTC))  # published
    review = await bot.click("agenda.review", {"meeting_id": meeting_id})
    alfa = (await items(bot))["Alfa"]
    assert "Udskyd" in buttons_for(review["value"], alfa.id)
    await bot.click("item.review", {"item_id": alfa.id, "decision": "defer"})
    await tick_and_deliver(bot, datetime(2027, 1, 29, 8, 5, tzinfo=UTC))
    async with bot.uow() as uow:
        posted = await uow.outbox.latest_of_kind(meeting_id, OutboxKind.AGENDA_PUBLISHED)
    [update] = [u for u in bot.connector.updated if u["_activity"] == posted.teams_message_id]
    lines = card_text(update["attachments"][0]["content"]).splitlines()
    titles = {line.split(" · ")[-1] for line in lines}
    assert "Beta" in titles and "Alfa" not in titles


async def test_a_members_forged_click_on_an_accepted_item_is_refused_logged_and_changes_nothing(
        bot, caplog):
    _, seen = await accepted(bot, "Alfa")
    with caplog.at_level(logging.WARNING):
        for verb, data in (("item.review", {"item_id": seen["Alfa"].id, "decision": "reject",
                                            f"reason_{seen['Alfa'].id}": "Nej"}),
                           ("item.review", {"item_id": seen["Alfa"].id, "decision": "defer"}),
                           ("item.edit", {"item_id": seen["Alfa"].id}),
                           ("item.save", {**ITEM, "title": "Kapret",
                                          "item_id": seen["Alfa"].id})):
            response = await bot.click(verb, data, user="rie", locale="en-GB")
            assert "Only the chair and the secretary" in str(response.get("value"))
    assert "refused" in caplog.text
    after = (await items(bot))["Alfa"]
    assert (after.status, after.title) == ("accepted", "Alfa")


async def test_a_long_agenda_is_reviewed_a_page_at_a_time_and_a_click_keeps_the_page(bot):
    titles = [(f"{n:02d} " + "Plejefamilier – rekruttering og fastholdelse " * 5)[:200]
              for n in range(1, 31)]
    meeting_id, _ = await accepted(bot, *titles)
    card = (await bot.click("agenda.review", {"meeting_id": meeting_id}))["value"]
    [later] = [e["data"] for e in elements(card) if e.get("title") == "Senere punkter"]
    page = (await bot.click("agenda.review", later))["value"]
    [defer, *_] = [e["data"] for e in elements(page) if e.get("type") == "Action.Execute"
                   and e["data"].get("decision") == "defer"]
    after = (await bot.click("item.review", defer))["value"]
    shown = card_text(after)
    assert "Punkt 1–" not in shown and "Tidligere punkter" in shown  # still the later page
    assert titles[-1] in shown.splitlines()
    assert "Udskudt til næste møde." in card_text(after)
