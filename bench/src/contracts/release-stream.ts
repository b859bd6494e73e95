import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

import { Random } from '../prng';
import { BuyerPicker } from './buyer-names';
import { type ProcessSpec, processSpec } from './process-spec';
import { releaseOf } from './release-json';

/** How far apart, in releases of the file, the releases of one process fall. */
const LATER_STAGE_GAP = { min: 20, max: 2_000 };
/** Processes whose later releases arrive in the wrong order (an older one after a newer one). */
const OUT_OF_ORDER = 0.05;

/**
 * `count` synthetic releases, deterministic from the seed. Each process's
 * first release comes as it starts and its later ones some thousands of
 * releases further on, as a publisher's feed spreads them over time; a few
 * arrive out of order. Only the processes still to finish are held (as
 * facts, not releases), so memory stays small whatever the count.
 */
export function* syntheticReleases(
  count: number,
  seed: string,
): Generator<Record<string, unknown>> {
  const buyers = new BuyerPicker();
  const schedule = new Random(`${seed}:schedule`);
  const due = new Map<number, { spec: ProcessSpec; stage: number }[]>();
  let emitted = 0;
  for (let tick = 0, index = 0; emitted < count; tick++) {
    for (const { spec, stage } of due.get(tick) ?? []) {
      if (emitted++ >= count) return;
      yield releaseOf(spec, stage);
    }
    due.delete(tick);
    if (emitted >= count) return;
    const spec = processSpec(new Random(`${seed}:${index}`), index++, buyers);
    emitted++;
    yield releaseOf(spec, 0);
    const later: number[] = [];
    for (let stage = 1, at = tick; stage < spec.releaseDates.length; stage++)
      later.push((at += schedule.int(LATER_STAGE_GAP.min, LATER_STAGE_GAP.max)));
    if (later.length >= 2 && schedule.chance(OUT_OF_ORDER)) later.reverse();
    later.forEach((at, offset) =>
      due.set(at, [...(due.get(at) ?? []), { spec, stage: offset + 1 }]),
    );
  }
}

/** Writes the releases as JSON Lines, streaming; answers the bytes written. */
export async function writeReleasesFile(
  file: string,
  count: number,
  seed: string,
): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for (const release of syntheticReleases(count, seed)) {
    const line = `${JSON.stringify(release)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
