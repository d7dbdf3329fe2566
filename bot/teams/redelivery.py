"""Activities Teams delivers again: handled once, acknowledged every time.

Teams retries a delivery it thinks failed (a slow or failed HTTP answer) with the same activity
id. Handling it again would capture a `#beslutning` line twice, make a second task of an
`opgave:` line or propose an agenda item twice. The (conversation id, activity id) of each
message and invoke is remembered for a while; one seen again in that time is acknowledged and
not handled. Only in this process: Teams sends a retry to the same app, and with one app
process that is the process that saw the first delivery (see README, "Deliveries Teams sends
again").
"""

import logging
from collections import OrderedDict
from datetime import datetime, timedelta

from botbuilder.schema import Activity, ActivityTypes

from meetings.common.clock import Clock

log = logging.getLogger(__name__)

_ONCE = (ActivityTypes.message, ActivityTypes.invoke)


class SeenActivities:
    def __init__(self, clock: Clock, ttl: timedelta = timedelta(minutes=10),
                 size: int = 5_000) -> None:
        self._clock, self._ttl, self._size = clock, ttl, size
        self._seen: OrderedDict[tuple[str, str], datetime] = OrderedDict()

    def again(self, activity: Activity) -> bool:
        """True for a message or invoke this process handled in the last minutes (logged);
        else it is remembered as handled now."""
        if activity.type not in _ONCE or not activity.id or activity.conversation is None:
            return False
        key = (activity.conversation.id or "", activity.id)
        now = self._clock.now()
        while self._seen and next(iter(self._seen.values())) <= now - self._ttl:
            self._seen.popitem(last=False)
        if key in self._seen:
            log.info("activity delivered again: acknowledged, not handled",
                     extra={"conversation_id": key[0], "activity_id": key[1]})
            return True
        self._seen[key] = now
        while len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return False
