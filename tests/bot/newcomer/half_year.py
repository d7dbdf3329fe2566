"""A network group half a year on (two meetings held and their minutes approved, tasks open,
the next meeting planned with its call for input out and an item in review), and a newcomer
who joins it then and writes as newcomers do."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from meetings.minutes.cycle import settle_minutes
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.entities import Meeting
from tests.bot.agenda.cycle_steps import tick_everything
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.groups.test_joining_turns import joined

METTE = {"id": "29:1mette-kjaer", "name": "Mette Kjær", "aadObjectId": "aad-mette"}
SARAH = {"id": "29:1sarah-jones", "name": "Sarah Jones", "aadObjectId": "aad-sarah"}
ROSTER = {"aad-mette": "mette@koege.dk", "aad-sarah": "sarah@roskilde.dk"}
PLANS = ["nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1 tema: Plejefamilier",
         "nyt møde fredag 12. marts 2027 kl. 10-13 i Holbæk tema: Skolefravær",
         "nyt møde fredag 4. juni 2027 kl. 10-13 i Køge tema: Unge og psykiatri"]
DECISIONS = ["Netværket rekrutterer flere plejefamilier i 2027",
             "Netværket kortlægger skolefraværet i kommunerne"]
CALL_OPEN = datetime(2027, 5, 14, 7, 0, tzinfo=UTC)  # 21 days before 4 June, 09.00
JOINS = datetime(2027, 5, 17, 8, 0, tzinfo=UTC)  # a Monday, 10.00 in Copenhagen
AFTER_DEADLINE = datetime(2027, 5, 26, 8, 0, tzinfo=UTC)  # deadline Tuesday 25 May, 12.00


async def meetings(bot) -> list[Meeting]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Meeting).order_by(Meeting.starts_at)))


async def hold(bot, meeting: Meeting, decision: str) -> None:
    """The meeting held, a decision written, the minutes sent and approved by silence."""
    bot.clock.set(meeting.starts_at + timedelta(minutes=30))
    await bot.say("referat")
    async with bot.uow() as uow:
        minutes = await uow.session.scalar(select(Minutes).where(
            Minutes.meeting_id == meeting.id))
        entry = await uow.session.scalar(select(MinutesEntry).where(
            MinutesEntry.minutes_id == minutes.id).order_by(MinutesEntry.number))
    await bot.click("minutes.entry.save", {"entry_id": entry.id, "notes": "",
                                           "decision": decision, "guests": ""})
    async with bot.uow() as uow:
        minutes = await uow.session.get(Minutes, minutes.id)
    await bot.click("minutes.post", {"minutes_id": minutes.id, "version": minutes.version})
    async with bot.uow() as uow:
        minutes = await uow.session.get(Minutes, minutes.id)
    bot.clock.set(minutes.approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()


async def half_a_year(bot) -> None:
    await bot.install()
    await bot.say("gør Daniel til formand")
    for line in PLANS:
        await bot.say(line)
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. juli 2027")
    feb, march, _ = await meetings(bot)
    await hold(bot, feb, DECISIONS[0])
    await bot.say("opgave: Daniel sender oplægget til KL, frist 15. juni 2027")
    await hold(bot, march, DECISIONS[1])
    await tick_everything(bot, CALL_OPEN)
    bot.clock.set(CALL_OPEN + timedelta(hours=3))
    await bot.say("punkt: Unge i psykiatrien – fælles forløb, 20 min, Rie", user="rie")
    bot.connector.clear()


async def join(bot, person: dict, at: datetime = JOINS) -> list[dict]:
    """Added to the group chat at `at`; what the bot then delivers."""
    bot.clock.set(at)
    bot.connector.members.append({**person, "email": ROSTER[person["aadObjectId"]],
                                  "userPrincipalName": ROSTER[person["aadObjectId"]],
                                  "tenantId": "tenant-kkr-sjaelland", "userRole": "user"})
    bot.connector.clear()
    await bot.post(joined(bot, person))
    async with worker(bot) as delivery:
        await delivery.drain()
    return list(bot.connector.sent)


def personal(person: dict) -> str:
    return f"a:1personal-{person['aadObjectId']}"


async def write(bot, person: dict, text: str, *, locale: str = "da-DK", where: str = "group",
                mention: bool = True) -> tuple[list[str], list[dict]]:
    """`person` writes in the group chat (mentioning the bot) or in her 1:1 chat."""
    bot.connector.clear()
    if where == "group":
        activity = bot.activity("group_message", locale=locale)
        activity["text"] = f"<at>Mødebot</at> {text}" if mention else text
    else:
        activity = bot.activity("personal_message", locale=locale, text=text)
        activity["conversation"] = {**activity["conversation"], "id": personal(person)}
    activity["from"] = person
    await bot.post(activity)
    return bot.connector.texts(), bot.connector.cards()


async def click_as(bot, person: dict, verb: str, data: dict, *, locale: str = "da-DK",
                   where: str = "group") -> dict:
    activity = bot.activity("card_action", locale=locale)
    activity["from"] = person
    if where != "group":
        activity["conversation"] = {"conversationType": "personal", "id": personal(person),
                                    "tenantId": "tenant-kkr-sjaelland"}
    activity["value"]["action"].update(verb=verb, data=data)
    return await (await bot.post(activity)).json()
