"""File names made from a group's name: fit for a disk and for a download's header."""

from bot.web import attachment_disposition
from meetings.documents.file_names import MAX_NAME, file_name_part


def test_a_line_break_becomes_a_space_and_reserved_characters_go():
    assert file_name_part("Netværk\r\nX-Evil: 1") == "Netværk X-Evil 1"
    assert file_name_part("Børn\tog  Unge\u2028(Holbæk)") == "Børn og Unge (Holbæk)"
    assert file_name_part('Styregruppe "A/B" <2027>?') == "Styregruppe AB 2027"


def test_a_right_to_left_override_goes_so_the_name_reads_as_it_is():
    assert file_name_part("Netværk \u202excod.exe") == "Netværk xcod.exe"


def test_no_path_no_dot_at_the_ends_and_no_endless_name():
    assert file_name_part("../../etc/passwd") == "etcpasswd"
    assert file_name_part(" Netværk. ") == "Netværk"
    assert len(file_name_part("Netværk " * 40)) <= MAX_NAME


def test_the_download_header_holds_no_control_character_whatever_the_name():
    header = attachment_disposition("Referat 2027-02-05 Netværk\r\nX-Evil: 1\x00.md")
    assert header.isprintable()
    assert 'filename="Referat 2027-02-05 Netvaerk X-Evil: 1 .md"' in header
