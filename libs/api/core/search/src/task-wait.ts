import { type Meilisearch, MeilisearchTaskTimeOutError, type Task } from 'meilisearch';

export interface TaskWait {
  /** The longest wait for any one task, in ms (as meilisearch-js counts it). */
  timeout: number;
  /** The pause between two polls of a task, in ms. */
  interval: number;
}

type TaskReader = Pick<Meilisearch['tasks'], 'getTask'>;

/**
 * Waits for Meilisearch tasks in order and returns them finished (succeeded,
 * failed or canceled). Used instead of meilisearch-js's `waitTask` /
 * `waitForTasks`, which poll with one AbortSignal per task and add a listener
 * to it on every poll without removing it: a task of a few seconds polled
 * every 10 ms left hundreds of listeners and printed Node's
 * MaxListenersExceededWarning (meilisearch-js issue 1930). Each poll here is a
 * plain request, which the client times out on its own.
 */
export async function waitForMeiliTasks(
  tasks: TaskReader,
  uids: readonly (number | { taskUid: number })[],
  wait: TaskWait,
): Promise<Task[]> {
  const finished: Task[] = [];
  for (const item of uids) {
    const uid = typeof item === 'number' ? item : item.taskUid;
    const deadline = performance.now() + wait.timeout;
    for (;;) {
      const task = await tasks.getTask(uid);
      if (task.status !== 'enqueued' && task.status !== 'processing') {
        finished.push(task);
        break;
      }
      if (performance.now() >= deadline) throw new MeilisearchTaskTimeOutError(uid, wait.timeout);
      await new Promise((resolve) => setTimeout(resolve, wait.interval));
    }
  }
  return finished;
}

/** One task: see {@link waitForMeiliTasks}. */
export async function waitForMeiliTask(
  tasks: TaskReader,
  uid: number | { taskUid: number },
  wait: TaskWait,
): Promise<Task> {
  const [task] = await waitForMeiliTasks(tasks, [uid], wait);
  return task!;
}
