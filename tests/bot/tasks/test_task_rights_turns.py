"""Who may change a task, in the words of the refusal: what the owner may do, the refusal says
the owner may; reassigning, cancelling and confirming stay the chair's and the secretary's."""

from tests.bot.tasks.task_turn_steps import task_for_rie, tasks

OWNER_MAY = "Only the owner, the chair and the secretary can change this task."
MANAGERS_MAY = "Only the chair and the secretary can do that."


async def test_another_member_marking_ries_task_done_is_told_the_owner_may(bot):
    task = await task_for_rie(bot)
    for verb in ("task.done", "task.reopen"):
        refused = await bot.click(verb, {"task_id": task.id, "version": task.version},
                                  user="daniel", locale="en-GB")
        assert refused["value"] == OWNER_MAY, verb
    [after] = await tasks(bot)
    assert (after.status, after.version) == ("open", task.version)


async def test_the_owner_cancelling_her_own_task_is_told_only_the_chair_and_secretary_may(bot):
    task = await task_for_rie(bot)
    refused = await bot.click("task.cancel", {"task_id": task.id, "version": task.version},
                              user="rie", locale="en-GB")
    assert refused["value"] == MANAGERS_MAY
    [after] = await tasks(bot)
    assert after.status == "open"
