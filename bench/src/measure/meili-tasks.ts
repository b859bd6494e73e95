import { requestJson } from '../http/http-json';
import { percentile } from '../report/stats';

/** How long Meilisearch's own tasks took: where a publish-to-searchable delay goes. */
export interface TaskTimings {
  tasks: number;
  batches: number;
  /** Milliseconds from enqueued to started (waiting behind other tasks). */
  queuedP50: number;
  queuedP95: number;
  /** Milliseconds of processing (the task's batch). */
  processingP50: number;
  processingP95: number;
}

interface Task {
  batchUid: number | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Timestamps with nanoseconds, cut to what Date.parse reads. */
const time = (iso: string): number => Date.parse(iso.replace(/(\.\d{3})\d*/, '$1'));

/** The document tasks of one index enqueued since a moment. */
export async function taskTimings(
  meiliUrl: string,
  key: string,
  indexUid: string,
  since: Date,
): Promise<TaskTimings> {
  const tasks: Task[] = [];
  let from: number | undefined;
  for (let page = 0; page < 50; page++) {
    const answer = await requestJson<{ results: Task[]; next: number | null }>({
      method: 'GET',
      url:
        `${meiliUrl}/tasks?indexUids=${indexUid}&types=documentAdditionOrUpdate,documentDeletion` +
        `&statuses=succeeded&afterEnqueuedAt=${since.toISOString()}&limit=1000${from !== undefined ? `&from=${from}` : ''}`,
      headers: { authorization: `Bearer ${key}` },
    });
    tasks.push(...answer.results);
    if (answer.next === null) break;
    from = answer.next;
  }
  const done = tasks.filter((task) => task.startedAt && task.finishedAt);
  const queued = done
    .map((task) => time(task.startedAt!) - time(task.enqueuedAt))
    .sort((a, b) => a - b);
  const processing = done
    .map((task) => time(task.finishedAt!) - time(task.startedAt!))
    .sort((a, b) => a - b);
  return {
    tasks: done.length,
    batches: new Set(done.map((task) => task.batchUid)).size,
    queuedP50: Math.round(percentile(queued, 50)),
    queuedP95: Math.round(percentile(queued, 95)),
    processingP50: Math.round(percentile(processing, 50)),
    processingP95: Math.round(percentile(processing, 95)),
  };
}
