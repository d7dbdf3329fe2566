"""An update whose card is still on its way waits for the post, not on a fixed short beat."""

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from bot.outbox.parcel import WAIT_FOR_POST, waiting_for_post
from meetings.common.vocabulary import OutboxStatus

NOW = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)


def test_an_update_waits_a_few_ticks_when_its_post_is_due_now():
    outcome = waiting_for_post(SimpleNamespace(attempts=1), NOW, NOW)
    assert outcome["status"] == OutboxStatus.PENDING
    assert outcome["next_attempt_at"] == NOW + WAIT_FOR_POST
    assert outcome["attempts"] == 0  # the wait is not a failed attempt


def test_an_update_is_not_claimed_again_before_a_post_retried_later():
    # The post failed and is tried again in an hour: asking after it every few seconds
    # meanwhile would claim and release the update hundreds of times.
    later = NOW + timedelta(hours=1)
    outcome = waiting_for_post(SimpleNamespace(attempts=3), NOW, later)
    assert outcome["next_attempt_at"] == later + WAIT_FOR_POST
    assert outcome["attempts"] == 2
