"""A person's export (the short-lived link to everything stored about them), and the audit
of role changes (storage maps them onto tables)."""

from datetime import datetime

from meetings.common.entities import Entity


class PersonalExport(Entity):
    """Who asked (their Entra object id, else their Teams id) and until when the link opens.
    The export itself is read when the link is opened, so it holds what is stored then."""

    id: int
    token: str
    aad_object_id: str | None
    teams_id: str
    language: str
    created_at: datetime
    expires_at: datetime


class RoleChange(Entity):
    """Who gave whom which role, from what, and when: written in the transaction of the change.
    The names are kept as they were, so the trail reads without the member rows; an erasure
    writes "Tidligere medlem" over the erased person's."""

    id: int
    group_id: int
    actor_id: int | None
    actor_name: str
    member_id: int | None
    member_name: str
    before_role: str | None
    after_role: str
    changed_at: datetime
