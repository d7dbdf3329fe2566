"""The meeting a message about the agenda cycle names by its date or month."""

import pytest

from bot.views.meeting_named import EXAMPLES
from meetings.common.i18n import translations
from meetings.understanding.intents import Intent, understand, understood_as


@pytest.mark.parametrize(("text", "intent", "meeting", "argument"), [
    ("dagsorden for mødet 19. februar", Intent.AGENDA, "19. februar", ""),
    ("hvem kommer den 19. februar?", Intent.ATTENDANCE, "19. februar", ""),
    ("gennemgå punkter til mødet 19. februar", Intent.REVIEW_ITEMS, "19. februar", ""),
    ("afbud til mødet 19. februar", Intent.SEND_REGRETS, "19. februar", ""),
    ("I can't make the meeting on 19 February", Intent.SEND_REGRETS, "19 February", ""),
    ("intet fra os til mødet 19. februar", Intent.NOTHING_FROM_US, "19. februar", ""),
    ("jeg kommer til mødet i marts", Intent.ATTEND, "marts", ""),
    ("punkt: Plejefamilier, 20 min, til mødet i marts 2027", Intent.PROPOSE_ITEM, "marts 2027",
     "Plejefamilier, 20 min"),
    ("item: Foster families, 20 min, for the meeting on 19 February", Intent.PROPOSE_ITEM,
     "19 February", "Foster families, 20 min"),
    # or before the line's colon
    ("punkt til mødet 5. februar: Plejefamilier, 20 min", Intent.PROPOSE_ITEM, "5. februar",
     "Plejefamilier, 20 min"),
    ("item for the meeting on 19 February: Foster families", Intent.PROPOSE_ITEM,
     "19 February", "Foster families"),
    ("afbud til mødet i marts: jeg er på kursus", Intent.SEND_REGRETS, "marts", ""),
    # an item's title may name a date; only the line's end names its meeting
    ("punkt: Opfølgning på mødet med KL 3. marts, 20 min", Intent.PROPOSE_ITEM, "",
     "Opfølgning på mødet med KL 3. marts, 20 min"),
    # a month said of when one cannot come names its meeting; not once the next is named
    ("jeg er forhindret i marts", Intent.SEND_REGRETS, "marts", ""),
    ("I won't be able to attend in March", Intent.SEND_REGRETS, "March", ""),
    ("jeg er på ferie i juli, men kommer til næste møde", Intent.ATTEND, "", ""),
    ("jeg er på ferie i juli, så jeg kan ikke komme til næste møde", Intent.SEND_REGRETS, "", ""),
    ("jeg kan ikke komme før i marts", Intent.SEND_REGRETS, "", ""),
    ("jeg kan desværre ikke komme, er væk i jul", Intent.SEND_REGRETS, "", ""),  # Christmas
    ("jeg kan ikke komme til mødet i uge 5", Intent.SEND_REGRETS, "uge 5", ""),
    ("jeg er på ferie i uge 7, men kommer til næste møde", Intent.ATTEND, "", ""),
    # an item asked for in a sentence, by the sentence's end only
    ("Vi vil gerne have et punkt om plejefamilier til mødet i marts", Intent.PROPOSE_ITEM,
     "marts", "plejefamilier"),
    ("we'd like an item on foster families for the March meeting", Intent.PROPOSE_ITEM,
     "March", "foster families"),
    ("vi vil gerne have et punkt om opfølgning på mødet med KL 3. marts", Intent.PROPOSE_ITEM,
     "", "opfølgning på mødet med KL"),
    ("Kommer Jan?", Intent.ATTENDANCE, "", "Jan"),
    # the day, month and weekday of the meeting asked about are no person
    ("who is coming to the meeting on 19 February 2027?", Intent.ATTENDANCE,
     "19 February 2027", ""),
    ("Hvem kommer til mødet den 19. Februar 2027?", Intent.ATTENDANCE, "19. Februar 2027", ""),
    ("who is coming on Friday 19 February?", Intent.ATTENDANCE, "19 February", ""),
    ("who is coming to the June meeting?", Intent.ATTENDANCE, "June", ""),
    ("is Daniel coming on 19 February?", Intent.ATTENDANCE, "19 February", "Daniel"),
    ("is June coming on 11 June?", Intent.ATTENDANCE, "11 June", "June"),
    ("dagsorden", Intent.AGENDA, "", ""),
])
def test_a_date_or_month_in_an_agenda_message_names_its_meeting(text, intent, meeting, argument):
    understood = understand(text)
    assert (understood.intent, understood.meeting, understood.argument) == \
        (intent, meeting, argument)


@pytest.mark.parametrize(("language", "date"), [("da", "19. februar 2027"),
                                                 ("en", "19 February 2027")])
def test_every_example_of_naming_a_meeting_reads_as_its_command_with_the_date(language, date):
    for intent, example in EXAMPLES.items():
        understood = understand(translations(language).gettext(example) % {"date": date})
        assert (understood.intent, understood.meeting) == (intent, date)


@pytest.mark.parametrize(("intent", "text", "meeting"), [
    (Intent.SEND_REGRETS, "mødet den 12. marts går ikke for mig", "12. marts"),
    (Intent.DEADLINE, "deadline for the meeting in March", "March"),
    (Intent.PROPOSE_ITEM, "et punkt om plejefamilier til mødet i marts", "marts"),
    (Intent.SEND_REGRETS, "det går ikke for mig", ""),
    (Intent.NEXT_MEETING, "mødet den 12. marts", ""),  # its month is its argument
])
def test_a_question_chosen_on_a_button_keeps_the_meeting_its_message_named(intent, text, meeting):
    assert understood_as(intent, text).meeting == meeting
