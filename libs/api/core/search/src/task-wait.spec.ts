import { MeilisearchTaskTimeOutError, type Task } from 'meilisearch';

import { waitForMeiliTask, waitForMeiliTasks } from './task-wait';

/** Tasks that report `processing` for a number of polls each, then their final status. */
function tasksFinishingAfter(polls: Record<number, number>, status: Task['status'] = 'succeeded') {
  const seen = new Map<number, number>();
  const calls: unknown[][] = [];
  return {
    calls,
    getTask: (uid: number, ...rest: unknown[]) => {
      calls.push([uid, ...rest]);
      const count = (seen.get(uid) ?? 0) + 1;
      seen.set(uid, count);
      const done = count > (polls[uid] ?? 0);
      return Promise.resolve({ uid, status: done ? status : 'processing' } as Task);
    },
  };
}

describe('waiting for Meilisearch tasks', () => {
  it('polls each task until it is finished and returns them in order', async () => {
    const tasks = tasksFinishingAfter({ 1: 3, 2: 0, 3: 12 });
    const finished = await waitForMeiliTasks(tasks, [1, { taskUid: 2 }, 3], {
      timeout: 5_000,
      interval: 0,
    });
    expect(finished.map((task) => [task.uid, task.status])).toEqual([
      [1, 'succeeded'],
      [2, 'succeeded'],
      [3, 'succeeded'],
    ]);
    expect(tasks.calls.filter(([uid]) => uid === 3)).toHaveLength(13);
  });

  it('asks with a plain request: no signal for the client to hang listeners on', async () => {
    const tasks = tasksFinishingAfter({ 7: 15 });
    await waitForMeiliTask(tasks, 7, { timeout: 5_000, interval: 0 });
    expect(tasks.calls.every((call) => call.length === 1)).toBe(true);
  });

  it('returns a failed task as finished, for the caller to read its error', async () => {
    const tasks = tasksFinishingAfter({ 4: 1 }, 'failed');
    expect((await waitForMeiliTask(tasks, 4, { timeout: 5_000, interval: 0 })).status).toBe(
      'failed',
    );
  });

  it('gives up on a task that does not finish in time, naming it', async () => {
    const tasks = tasksFinishingAfter({ 9: Number.POSITIVE_INFINITY });
    const waiting = waitForMeiliTask(tasks, 9, { timeout: 30, interval: 5 });
    await expect(waiting).rejects.toBeInstanceOf(MeilisearchTaskTimeOutError);
    await expect(waiting).rejects.toThrow(/9/);
  });
});
