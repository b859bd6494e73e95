import type { ApiProcess } from './api-process';
import { waitUntilReady } from './cluster-stack';

/** What happened to the API processes during the load, seconds from its start. */
export interface ChaosEvent {
  at: number;
  what: string;
}

const sleepUntil = (time: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** Starts a process again and says when it is ready. */
async function restart(api: ApiProcess, note: (what: string) => void): Promise<void> {
  note(`${api.name} starting again`);
  await api.start();
  await waitUntilReady(api);
  note(`${api.name} ready again`);
}

/**
 * During the load, as a supervisor restarting one process at a time would
 * see it: SIGKILL the second process at 15% of the load and start it again at
 * once; SIGTERM the third at 45% and start it again once it has ended.
 * Resolves when all are back.
 */
export async function runChaos(
  apis: ApiProcess[],
  loadStart: number,
  loadMs: number,
  say: (line: string) => void,
): Promise<ChaosEvent[]> {
  const events: ChaosEvent[] = [];
  const note = (what: string) => {
    const event = { at: Number(((Date.now() - loadStart) / 1000).toFixed(1)), what };
    events.push(event);
    say(`  ${event.at.toFixed(1)} s: ${what}`);
  };
  const [, killed, terminated] = apis;
  if (!killed || !terminated) return events;

  await sleepUntil(loadStart + loadMs * 0.15);
  await killed.stop('SIGKILL');
  note(`${killed.name} killed (SIGKILL)`);
  const killedBack = restart(killed, note);

  await sleepUntil(loadStart + loadMs * 0.45);
  note(`${terminated.name} sent SIGTERM`);
  const drainMs = await terminated.stop('SIGTERM');
  note(`${terminated.name} exited ${(drainMs / 1000).toFixed(1)} s after SIGTERM`);
  await Promise.all([killedBack, restart(terminated, note)]);
  return events;
}
