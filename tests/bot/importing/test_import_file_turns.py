"""The secretary sends old minutes as a file in her 1:1 chat with the bot: it is fetched from
the download URL Teams gives (a loopback server here), read, and shown on a preview card;
nothing is written before *Importér*. In a group chat the answer says how to send it in the
1:1 chat; a file that gives no text, or a sender who leads no group, changes nothing."""

import logging

from tests.bot.conftest import USERS
from tests.bot.importing.import_file_steps import (
    SEED,
    button,
    click_in_chat,
    send_file,
    waiting,
    written,
)
from tests.card_reading import card_text, elements
from tests.minutes_files import pdf_of, with_part, with_picture_of_zeros, word_of

NOTHING = (0, 0, 0)


async def test_a_word_file_in_the_1_1_chat_is_previewed_and_nothing_is_written(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = word_of(SEED)
    texts, [card] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    shown = card_text(card)
    assert not any(texts) and "Forhåndsvisning: intet er importeret endnu" in shown
    assert "referat.docx, et Word-dokument" in shown
    assert "fredag den 29. september 2023 kl. 10.00–13.00" in shown
    assert "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1" in shown
    assert "Daniel Gottrup (Næstved)" in shown and "Rie Nielsen (Holbæk)" in shown
    assert "3. Tema Psykiatrien" in shown
    assert "Opgave: Rie undersøger om Socialtilsyn Øst har mulighed for at " \
           "deltage." in shown
    assert "Kunne ikke placeres" in shown
    assert [a["title"] for a in card["actions"]] == ["Importér", "Annullér"]
    assert SEED[200:400] not in str(card)  # the text waits in the database, not in the card
    assert file_server.fetched == ["referat.docx"]
    assert await written(bot) == NOTHING and await waiting(bot) == 1


async def test_importer_writes_once_and_a_second_click_imports_nothing(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = word_of(SEED)
    _, [preview] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    importer = button(preview, "minutes.import")
    done = await click_in_chat(bot, importer)
    shown = card_text(done["value"])
    assert "Referat importeret" in shown and "29. september 2023" in shown
    meetings, entries, tasks = await written(bot)
    assert meetings == 1 and entries >= 7 and tasks >= 1 and await waiting(bot) == 0

    again = await click_in_chat(bot, importer)
    assert "allerede brugt" in again["value"]
    assert await written(bot) == (meetings, entries, tasks)

    _, [card] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    assert "Allerede importeret" in card_text(card)  # the same file again: nothing doubles
    assert not [e for e in elements(card) if e.get("verb") == "minutes.import"]
    assert await written(bot) == (meetings, entries, tasks) and await waiting(bot) == 0


async def test_annuller_writes_nothing_and_leaves_nothing_to_import(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = word_of(SEED)
    _, [preview] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    cancelled = await click_in_chat(bot, button(preview, "minutes.import.cancel"))
    assert "Import annulleret" in card_text(cancelled["value"])
    assert await waiting(bot) == 0
    late = await click_in_chat(bot, button(preview, "minutes.import"))
    assert "allerede brugt" in late["value"]
    assert await written(bot) == NOTHING


async def test_a_text_file_in_windows_1252_is_read_and_previewed(bot, file_server):
    await bot.install()
    windows = SEED.replace("\n", "\r\n").encode("cp1252", errors="replace")  # ➤ is "?"
    file_server.files["referat.txt"] = windows
    _, [card] = await send_file(bot, file_server.url("referat.txt"), "referat.txt",
                                locale="en-GB")
    shown = card_text(card)
    assert "Preview: nothing is imported yet" in shown
    assert "referat.txt, text read as Windows-1252" in shown
    assert "Christel Jørgensen (Roskilde)" in shown
    assert await written(bot) == NOTHING


async def test_a_file_in_a_group_chat_is_answered_with_how_to_send_it_in_the_1_1_chat(
        bot, file_server):
    await bot.install()
    bot.connector.clear()
    activity = bot.activity("group_message")
    activity["text"] = "<at>Mødebot</at> her er referatet"
    activity["attachments"] = [
        {"contentType": "reference", "name": "referat.docx",
         "contentUrl": "https://kkr.sharepoint.com/sites/netvaerk/Shared%20Documents/referat.docx"}]
    await bot.post(activity)
    [answer] = bot.connector.texts()
    assert "gruppechat" in answer and "1:1-chat" in answer and "papirclipsen" in answer
    await bot.say("importér referat")
    assert "1:1-chat" in bot.connector.texts()[-1]
    assert file_server.fetched == [] and await written(bot) == NOTHING


async def test_unsupported_empty_and_scanned_files_get_their_own_answer(bot, file_server):
    await bot.install()
    file_server.files.update({"tom.txt": b"", "scan.pdf": pdf_of("")})
    [unsupported], _ = await send_file(bot, file_server.url("referat.xlsx"), "referat.xlsx")
    assert unsupported == ("referat.xlsx kan ikke importeres: kun Word- (.docx), PDF- (.pdf) og "
                           "tekstfiler (.txt, .md) kan importeres; gem den fx som .docx. Intet "
                           "er gemt.")
    assert file_server.fetched == []  # its type was enough: not fetched
    [empty], _ = await send_file(bot, file_server.url("tom.txt"), "tom.txt")
    assert empty == "tom.txt kan ikke importeres: filen er tom. Intet er gemt."
    [scan], _ = await send_file(bot, file_server.url("scan.pdf"), "scan.pdf", locale="en-GB")
    assert scan.startswith("scan.pdf cannot be imported: the PDF has no text, only images")
    [missing], _ = await send_file(bot, file_server.url("væk.docx"), "væk.docx")
    assert missing.startswith("Jeg kunne ikke hente væk.docx fra Teams.")
    assert await written(bot) == NOTHING and await waiting(bot) == 0


async def test_a_download_url_off_the_teams_hosts_is_not_fetched(bot, file_server):
    await bot.install()
    [answer], _ = await send_file(bot, "http://files.example.org/referat.docx", "referat.docx")
    assert answer.startswith("Jeg kunne ikke hente referat.docx fra Teams.")
    assert await written(bot) == NOTHING and await waiting(bot) == 0


async def test_a_member_who_leads_no_group_is_refused_logged_and_nothing_is_fetched(
        bot, file_server, caplog):
    await bot.install()
    file_server.files["referat.docx"] = word_of(SEED)
    with caplog.at_level(logging.WARNING):
        [answer], cards = await send_file(bot, file_server.url("referat.docx"), "referat.docx",
                                          person=USERS["rie"])
    assert cards == [] and answer.startswith("Kun formanden og sekretæren for en gruppe kan "
                                             "importere dens referater")
    assert any(r.getMessage() == "refused: minutes sent by one who leads no group"
               and r.actor == "aad-rie" for r in caplog.records)
    assert file_server.fetched == [] and await written(bot) == NOTHING


async def test_two_previews_of_one_file_import_it_once(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = word_of(SEED)
    _, [first] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    _, [second] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    await click_in_chat(bot, button(first, "minutes.import"))
    imported = await written(bot)
    again = await click_in_chat(bot, button(second, "minutes.import"))
    assert "Allerede importeret" in card_text(again["value"])
    assert await written(bot) == imported and await waiting(bot) == 0


async def test_a_file_over_the_size_cap_is_answered_with_the_cap(bot, file_server):
    await bot.install()
    file_server.files["stort.docx"] = b"x" * (10 * 1024 * 1024 + 1)
    [answer], _ = await send_file(bot, file_server.url("stort.docx"), "stort.docx")
    assert answer.startswith("stort.docx er større end 10 MB og for stor til at blive importeret.")
    assert await written(bot) == NOTHING and await waiting(bot) == 0


async def test_a_small_word_file_that_unpacks_to_more_than_50_mb_is_refused_with_what_to_do(
        bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = with_picture_of_zeros(word_of(SEED), 60 * 1024 * 1024)
    [answer], cards = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    assert cards == [] and answer == (
        "referat.docx kan ikke importeres: filen fylder mere end 50 MB, når den pakkes ud, langt "
        "mere end et referat kræver; gem referatet uden billeder eller som tekstfil (.txt), og "
        "importér den. Intet er gemt.")
    assert await written(bot) == NOTHING and await waiting(bot) == 0


async def test_a_word_file_with_broken_xml_is_answered_as_damaged(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = with_part(word_of(SEED), "word/document.xml",
                                                  b"<w:document")
    [answer], cards = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    assert cards == [] and answer == ("referat.docx kan ikke importeres: filen kan ikke åbnes "
                                      "som den filtype, navnet angiver. Intet er gemt.")
    assert await written(bot) == NOTHING and await waiting(bot) == 0
