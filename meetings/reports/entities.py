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
    # The secret of the report's links handed out before migration 0025 (None on rows made
    # since): today's links are signed with the group's report_token.
    document_token: str | None
    updated_at: datetime
    updated_by: str | None
