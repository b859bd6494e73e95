import type { ApiProcess } from './api-process';
import { waitUntilReady } from './cluster-stack';

/** What happened to the API processes during the load, seconds from its start. */
export interface ChaosEvent {
  at: number;
  what: string;
}

const sleepUntil = (time: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/**
 * During the load: SIGKILL the second process at 20% of it; SIGTERM the third
 * at 35%; once it has ended, start both again (as a supervisor would, the
 * killed one after a back-off). Resolves when all are back.
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

  await sleepUntil(loadStart + loadMs * 0.2);
  await killed.stop('SIGKILL');
  note(`${killed.name} killed (SIGKILL)`);

  await sleepUntil(loadStart + loadMs * 0.35);
  note(`${terminated.name} sent SIGTERM`);
  const drainMs = await terminated.stop('SIGTERM');
  note(`${terminated.name} exited ${(drainMs / 1000).toFixed(1)} s after SIGTERM`);
  // Both come back together, as a supervisor would restart them.
  note(`${terminated.name} and ${killed.name} starting again`);
  await Promise.all(
    [terminated, killed].map(async (api) => {
      await api.start();
      await waitUntilReady(api);
      note(`${api.name} ready again`);
    }),
  );
  return events;
}
