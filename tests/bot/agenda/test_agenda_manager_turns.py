"""The chair's and the secretary's side of the agenda cycle, and the cycle's chat commands."""

import pytest
from sqlalchemy import select

from meetings.agenda.entities import AgendaItem, GroupSettings, InputResponse
from meetings.common.entities import OutboxMessage
from tests.bot.agenda.test_agenda_turns import ITEM, planned, rows
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text, elements


async def items(bot) -> dict[str, AgendaItem]:
    async with bot.uow() as uow:
        return {i.title: i for i in await uow.session.scalars(select(AgendaItem))}


async def propose(bot, meeting_id: int, *titles: str) -> dict[str, AgendaItem]:
    for title in titles:
        await bot.click("item.propose", {**ITEM, "title": title, "meeting_id": meeting_id},
                        user="rie", locale="en-GB")
    return await items(bot)


async def test_the_secretary_reviews_and_orders_items_on_a_card_that_updates_in_place(bot):
    meeting_id = await planned(bot)
    proposed = await propose(bot, meeting_id, "Alfa", "Beta", "Gamma")
    card = await bot.click("agenda.review", {"meeting_id": meeting_id}, locale="en-GB")
    assert {"Alfa", "Beta", "Gamma"} <= set(card_text(card["value"]).splitlines())
    for title in ("Alfa", "Beta"):
        await bot.click("item.review", {"item_id": proposed[title].id, "decision": "accept"},
                        locale="en-GB")
    again = await bot.click("item.review", {"item_id": proposed["Alfa"].id,
                                            "decision": "accept"}, locale="en-GB")
    assert "decided already" in card_text(again["value"])
    moved = await bot.click("item.move", {"item_id": proposed["Beta"].id, "direction": "up"},
                            locale="en-GB")
    after = await items(bot)
    assert after["Beta"].position < after["Alfa"].position
    runs = [e["text"] for e in elements(moved["value"]) if e.get("type") == "TextRun"]
    assert runs.index("Beta") < runs.index("Alfa")

    await bot.click("item.review", {"item_id": proposed["Gamma"].id, "decision": "reject",
                                    f"reason_{proposed['Gamma'].id}": "Hører til styregruppen"},
                    locale="en-GB")
    gamma = (await items(bot))["Gamma"]
    assert gamma.status == "rejected" and gamma.reject_reason == "Hører til styregruppen"


@pytest.mark.parametrize(("locale", "words"), [
    ("da-DK", ["Afvisningen skal have en begrundelse", "Skriv en begrundelse, fx"]),
    ("en-GB", ["A rejection needs a reason", "Write a reason, for example"]),
])
async def test_a_rejection_without_a_reason_asks_for_one_with_an_example_and_changes_nothing(
        bot, locale, words):
    meeting_id = await planned(bot)
    item = (await propose(bot, meeting_id, "Gamma"))["Gamma"]
    for reason in (None, "   ", "x" * 501):
        data = {"item_id": item.id, "decision": "reject"}
        if reason is not None:
            data[f"reason_{item.id}"] = reason
        answer = await bot.click("item.review", data, locale=locale)
        assert all(w in answer["value"] for w in words), answer["value"]
        assert "Please check the item" not in answer["value"]
    after = (await items(bot))["Gamma"]
    assert (after.status, after.reject_reason, after.updated_at) == (
        "proposed", None, item.updated_at)


async def test_forged_manager_clicks_from_a_member_are_refused_and_change_nothing(bot):
    meeting_id = await planned(bot)
    proposed = await propose(bot, meeting_id, "Alfa")
    for verb, data in (("item.review", {"item_id": proposed["Alfa"].id, "decision": "accept"}),
                       ("agenda.review", {"meeting_id": meeting_id}),
                       ("settings.save", {"call_days": 30, "deadline_days": 10,
                                          "publish_days": 7, "item_minutes": 20,
                                          "deadline_time": "12:00"})):
        response = await bot.click(verb, data, user="rie", locale="en-GB")
        assert "Only the chair and the secretary" in response["value"]
    assert (await items(bot))["Alfa"].status == "proposed"
    async with bot.uow() as uow:
        assert all(s.call_days == 21 for s in await uow.session.scalars(select(GroupSettings)))


async def test_settings_are_changed_on_a_form_that_keeps_what_was_typed_on_an_error(bot):
    await planned(bot)
    form = await bot.click("settings.form", {}, locale="en-GB")
    values = {e["id"]: e.get("value") for e in elements(form["value"]) if "id" in e}
    assert values["call_days"] == 21 and values["deadline_time"] == "12:00"
    bad = await bot.click("settings.save", {**values, "deadline_days": 25}, locale="en-GB")
    typed = {e["id"]: e.get("value") for e in elements(bad["value"]) if "id" in e}
    assert typed["deadline_days"] == 25 and "Please check the settings" in card_text(bad["value"])
    good = await bot.click("settings.save", {**values, "call_days": "28", "item_minutes": 15},
                           locale="en-GB")
    assert "Settings saved." in card_text(good["value"])
    async with bot.uow() as uow:
        [settings] = await uow.session.scalars(select(GroupSettings))
    assert settings.call_days == 28 and settings.item_minutes == 15


async def test_the_secretary_sees_attendance_by_organisation(bot):
    meeting_id = await planned(bot)
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "regrets"},
                    user="rie", locale="en-GB")
    card = await bot.click("attendance.show", {"meeting_id": meeting_id}, locale="en-GB")
    text = card_text(card["value"])
    assert "Rie Nielsen: regrets" in text
    assert "0 are coming, 1 has sent regrets, 2 have not answered." in text


async def test_the_agenda_cycle_in_chat(bot):
    await planned(bot)
    await bot.say("when is the deadline?", user="rie", locale="en-GB")
    assert "Tuesday 26 January 2027, 12:00" in bot.connector.texts()[-1]
    await bot.say("item: Plejefamilier – rekruttering, 20 min, Lotte", user="rie",
                  locale="en-GB")
    assert "Your item is proposed" in bot.connector.texts()[-1]
    item = (await items(bot))["Plejefamilier – rekruttering"]
    assert item.minutes == 20 and item.presenter == "Lotte" and item.status == "proposed"
    await bot.say("item:", user="rie", locale="en-GB")
    assert "for example: item: Foster families" in bot.connector.texts()[-1]
    assert "Propose an item" in card_text(bot.connector.cards()[-1])  # the form asks the rest
    await bot.say("nothing from us", user="daniel", locale="en-GB")
    assert await rows(bot, InputResponse) == 1
    await bot.say("what is on the agenda?", user="rie", locale="en-GB")
    assert "Kommune-runden" in card_text(bot.connector.cards()[-1])
    for line, heading in (("who is coming?", "Who is coming?"), ("review items", "Review items"),
                          ("settings", "Agenda settings")):
        await bot.say(line, locale="en-GB")
        assert heading in card_text(bot.connector.cards()[-1])
    await bot.say("settings", user="rie", locale="en-GB")
    assert "Only the chair and the secretary" in bot.connector.texts()[-1]
    await bot.say("who is coming?", user="rie", locale="en-GB")  # members may see it too
    assert "Who is coming?" in card_text(bot.connector.cards()[-1])


async def test_danish_chat_gets_danish_answers(bot):
    await planned(bot)
    await bot.say("hvornår er fristen?", user="rie")
    assert bot.connector.texts()[-1] == \
        "Fristen for punkter til næste møde er tirsdag den 26. januar 2027 kl. 12.00."
    await bot.say("punkt: Plejefamilier – rekruttering og fastholdelse, 20 min, Lotte", user="rie")
    assert "Dit punkt er foreslået" in bot.connector.texts()[-1]
    await bot.say("punkt", user="rie")
    assert "Skriv punktets titel, fx: punkt: Plejefamilier" in bot.connector.texts()[-1]
    await bot.say("hvad er på dagsordenen?", user="rie")
    text = card_text(bot.connector.cards()[-1])
    assert "Dagsorden" in text and "10.00–10.10" in text


async def test_the_secretary_publishes_now_and_a_member_may_not(bot):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("publicér dagsordenen", user="rie")
    assert "Det kan kun formanden og sekretæren" in bot.connector.texts()[-1]
    await bot.say("udsend dagsordenen")
    assert "Dagsordenen er udsendt" in bot.connector.texts()[-1]
    async with bot.uow() as uow:
        [row] = [r for r in (await uow.session.scalars(select(OutboxMessage)))
                 if r.kind == "agenda_published"]
    assert row.status == "pending" and row.conversation_id == GROUP


async def test_the_proposer_is_told_of_a_rejection_with_its_reason_once(bot):
    from bot.outbox.messages import render
    from tests.bot.agenda.test_agenda_turns import ITEM, planned

    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "title": "[klik](https://x) <at>Rie</at>",
                                     "meeting_id": meeting_id}, user="rie")
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    for _ in range(2):  # a double click tells her once
        await bot.click("item.review", {"item_id": item.id, "decision": "reject",
                                        f"reason_{item.id}": "Hører til styregruppen"})
    async with bot.uow() as uow:
        [row] = [r for r in await uow.session.scalars(select(OutboxMessage))
                 if r.kind == "item_decision"]
        rie = await uow.members.get(row.member_id)
        group = await uow.groups.get(row.group_id)
        activity = await render(uow, row, group, bot.clock.now(), "http://bot.test")
    assert rie.name == "Rie Nielsen"
    card = activity["attachments"][0]["content"]
    text = card_text(card)
    assert "Dit punkt er ikke på dagsordenen" in text and "Hører til styregruppen" in text
    runs = [e["text"] for e in elements(card) if e.get("type") == "TextRun"]
    assert "[klik](https://x) <at>Rie</at>" in runs  # the title stays plain text


async def test_the_secretary_edits_an_item_from_the_review_card_and_a_member_cannot(bot):
    from tests.bot.agenda.test_agenda_turns import ITEM, planned

    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id}, user="daniel")
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    form = await bot.click("item.edit", {"item_id": item.id})
    inputs = {e["id"]: e.get("value") for e in elements(form["value"]) if "id" in e}
    assert inputs["title"] == ITEM["title"] and inputs["presenter"] == "Lotte"
    forged = await bot.click("item.save", {**ITEM, "title": "Kapret", "item_id": item.id},
                             user="rie")
    assert forged["type"] == "application/vnd.microsoft.activity.message"
    saved = await bot.click("item.save", {**ITEM, "minutes": "30", "item_id": item.id})
    assert "Punktet er gemt" in card_text(saved["value"])
    async with bot.uow() as uow:
        [after] = await uow.session.scalars(select(AgendaItem))
    assert after.title == ITEM["title"] and after.minutes == 30


async def test_the_secretary_edits_the_standing_items_on_the_settings_card(bot):
    from tests.bot.agenda.test_agenda_turns import planned

    await planned(bot)
    form = await bot.click("settings.form", {})
    inputs = {e["id"]: e.get("value") for e in elements(form["value"]) if "id" in e}
    assert inputs["standing_0_title"] == "Velkommen, godkendelse af dagsorden og referat"
    numbers = {"call_days": 21, "deadline_days": 10, "publish_days": 7, "item_minutes": 20,
               "deadline_time": "12:00"}
    rows = {key: value for key, value in inputs.items() if key.startswith("standing_")}
    rows["standing_1_title"] = ""  # remove "Nyt fra rammeaftalen"
    last = max(int(key.split("_")[1]) for key in rows)
    rows.update({f"standing_{last}_title": "Nyt fra KL", f"standing_{last}_minutes": "15",
                 f"standing_{last}_kind": "orientering", f"standing_{last}_position": "start"})
    saved = await bot.click("settings.save", {**numbers, **rows})
    assert "Indstillingerne er gemt." in card_text(saved["value"])
    async with bot.uow() as uow:
        [settings] = await uow.session.scalars(select(GroupSettings))
    titles = [item["title"] for item in settings.standing_items]
    assert "Nyt fra rammeaftalen" not in titles and "Nyt fra KL" in titles
    bad = {**numbers, **rows, f"standing_{last}_minutes": "0"}
    refused = await bot.click("settings.save", bad)  # comes back with what was typed
    assert any(e.get("value") == "Nyt fra KL" for e in elements(refused["value"]))
    async with bot.uow() as uow:
        [unchanged] = await uow.session.scalars(select(GroupSettings))
    assert unchanged.standing_items == settings.standing_items


async def test_after_publication_the_secretary_tells_the_group_what_changed(bot):
    from bot.outbox.messages import render
    from tests.bot.agenda.test_agenda_turns import planned

    meeting_id = await planned(bot)
    await bot.say("publicér dagsordenen")
    review = await bot.click("agenda.review", {"meeting_id": meeting_id})
    assert "agenda.tell" in str(review["value"])
    told = await bot.click("agenda.tell", {"meeting_id": meeting_id,
                                           "change_note": "Punkt 4 er flyttet til kl. 11"})
    assert "Gruppen får besked om et øjeblik" in card_text(told["value"])
    async with bot.uow() as uow:
        [row] = [r for r in await uow.session.scalars(select(OutboxMessage))
                 if r.kind == "agenda_change_notice"]
        group = await uow.groups.get(row.group_id)
        activity = await render(uow, row, group, bot.clock.now(), "http://bot.test")
    text = card_text(activity["attachments"][0]["content"])
    assert "Dagsordenen er ændret" in text and "Punkt 4 er flyttet til kl. 11" in text


async def test_the_review_card_shows_who_proposed_an_item_with_its_case_and_indstilling(bot):
    meeting_id = await planned(bot)
    await bot.click("item.propose", {
        **ITEM, "meeting_id": meeting_id,
        "description": "Socialtilsyn Øst peger på en kommende mangel på plejefamilier.",
        "recommendation": "Det indstilles, at netværket drøfter en fælles indsats."},
        user="rie")
    card = card_text((await bot.click("agenda.review", {"meeting_id": meeting_id}))["value"])
    assert "Foreslået af\nRie Nielsen" in card
    assert "Sagsfremstilling\nSocialtilsyn Øst peger på en kommende mangel" in card
    assert "Indstilling\nDet indstilles, at netværket drøfter en fælles indsats." in card
    assert "På dagsordenen\nIngen punkter er godkendt endnu" in card
