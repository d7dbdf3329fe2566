"""The group's year: the annual report's free-text sections, per group and year (storage maps
them onto a table)."""

from datetime import datetime

from meetings.common.entities import Entity


class AnnualTexts(Entity):
    """What the secretary writes for the annual report: the group's purpose and the points
    for the steering group's attention. The rest of the report comes from the data."""

    id: int
    group_id: int
    year: int
    purpose: str | None
    attention: str | None  # points for the steering group
    # The report's download secret, like the calendar's and the minutes' links.
    document_token: str
    updated_at: datetime
    updated_by: str | None
