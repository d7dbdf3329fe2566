"""What a move changed, for the card that answers it: the time, where the meeting is, the theme."""

from dataclasses import dataclass

from meetings.planning.meeting_line import MeetingDraft


@dataclass(frozen=True)
class MeetingChanges:
    before: MeetingDraft
    after: MeetingDraft

    @property
    def time(self) -> bool:
        return (self.before.starts_at, self.before.ends_at) != (self.after.starts_at,
                                                                self.after.ends_at)

    @property
    def where(self) -> bool:
        return (self.before.place, self.before.online) != (self.after.place, self.after.online)

    @property
    def theme(self) -> bool:
        return self.before.theme != self.after.theme
