"""What the annual report reads out of the minutes' own words: real topics apart from the
procedural ones and those that did not take place, the ➤ points for the steering group, next
year's dates and themes, and the themes of the årshjul."""

from datetime import date

from meetings.minutes.entities import MinutesEntry
from meetings.minutes.importing.annual_wheel import theme_on, wheel_themes
from meetings.reports.from_minutes import (
    is_topic,
    list_items,
    next_year_from,
    steering_points,
)

DATES = ("Følgende datoer foreslås i 2024 – fredage kl. 10-13.\n"
         "- 9. februar virtuelt (Evt. med Socialtilsyn Øst) - Fysisk (dato følger) "
         "- 20. september virtuelt - 29. november fysisk\n"
         "Rie undersøger, om Næstved Kommune vil lægge mødelokale til.")
THEMES = ("Netværket aftalte, at der i 2024 skulle være fokus på følgende temaer:\n"
          "- Lettere behandling (jf. 10 årsplan i psykiatrien - Barnets lov - Psykiatrien\n"
          "Rie rundsender årsrapporten.")


def entry(title: str, notes: str = "", decision: str | None = None) -> MinutesEntry:
    return MinutesEntry(number=1, title=title, notes=notes, decision=decision)


def test_procedural_items_are_no_topics():
    for title in ("Velkommen mv.", "Eventuelt", "Kommune-runden", "Netværksmøder 2024",
                  "Input til dagsorden til næste møde 24. november",
                  "Netværkets årsrapport 2023 skal kvalificeres og godkendes"):
        assert not is_topic(entry(title), 2023), title
    assert is_topic(entry("§ 32 institutioner", "Daniel præsenterede …"), 2023)
    assert is_topic(entry("Nyt fra rammeaftale Sjælland"), 2023)


def test_an_item_that_did_not_take_place_is_no_topic_but_a_discussion_of_regrets_is():
    assert not is_topic(entry("Venskabsfamilier", "Punktet blev droppet pga tiden."), 2023)
    assert not is_topic(entry("Dialogmøde med Socialtilsyn Øst",
                              "Socialtilsyn Øst måtte desværre melde afbud til mødet."), 2023)
    decided = entry("Dialogmøde", "Socialtilsyn Øst måtte melde afbud.", "Vi inviterer igen.")
    assert is_topic(decided, 2023)


def test_the_points_for_the_steering_group_are_the_arrow_lines_and_what_goes_to_it():
    points = steering_points([
        entry("AI", "Oplæg om AI.\n➤ Netværket ønsker en fælles løsning. Daniel tager det "
              "videre til KL."),
        entry("Psykiatrien", "Drøftelse.", "Vi skal melde tilbage til styregruppen, at "
              "sundhedsklyngerne koordineres forskelligt. Rie skriver referatet."),
        entry("Runde", "➤ Netværket ønsker en fælles løsning. Daniel tager det videre til KL."),
    ])
    assert points == (
        "Netværket ønsker en fælles løsning. Daniel tager det videre til KL.",
        "Vi skal melde tilbage til styregruppen, at sundhedsklyngerne koordineres forskelligt.")


def test_a_list_the_import_joined_on_one_line_is_split_into_its_items():
    assert list_items(DATES) == ["9. februar virtuelt (Evt. med Socialtilsyn Øst)",
                                 "Fysisk (dato følger)", "20. september virtuelt",
                                 "29. november fysisk"]
    assert list_items("Ingen liste her.") == []


def test_next_years_dates_and_themes_are_read_from_the_items_that_name_that_year():
    dates, themes = next_year_from([entry("Netværkets årsrapport 2023", THEMES),
                                    entry("Netværksmøder 2024", DATES)], 2024)
    assert dates[0].startswith("9. februar") and dates[-1] == "29. november fysisk"
    assert themes == ("Lettere behandling (jf. 10 årsplan i psykiatrien", "Barnets lov",
                      "Psykiatrien")
    assert next_year_from([entry("Netværksmøder 2024", DATES)], 2025) == ((), ())


def test_the_annual_wheel_gives_each_dated_meeting_its_theme():
    text = ("1. Velkommen\t…\n<p>Årshjul 2023: Prioriterede emner til netværkets møder</p> "
            "<p>03.03: Samarbejde med Børnehus Sjælland</p> <p>29.09: Psykiatrien (besøg fra "
            "Bakkehuset)</p> <p>24.11: AI + § 32 institutioner</p>\t\n")
    assert wheel_themes(text) == {(3, 3): "Samarbejde med Børnehus Sjælland",
                                  (29, 9): "Psykiatrien (besøg fra Bakkehuset)",
                                  (24, 11): "AI + § 32 institutioner"}
    assert theme_on(text, date(2023, 11, 24)) == "AI + § 32 institutioner"
    assert theme_on(text, date(2023, 6, 2)) is None
    assert theme_on("24.11: Ikke et årshjul", date(2023, 11, 24)) is None
