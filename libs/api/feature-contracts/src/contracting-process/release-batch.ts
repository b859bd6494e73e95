import { compareReleases, compileReleases, mergeRelease, type OcdsObject } from '../ocds';

/** What identifies a release: a second copy of it (same ocid, id and date) changes nothing. */
export interface ReleaseKey {
  ocid: string;
  id: string;
  /** The date exactly as published. */
  date: string;
}

export function releaseKeyOf(release: OcdsObject): ReleaseKey {
  return {
    ocid: String(release['ocid']),
    id: String(release['id']),
    date: String(release['date']),
  };
}

/** The text that tells two releases apart, for sets and maps. */
export function releaseKeyText(key: ReleaseKey): string {
  return JSON.stringify([key.ocid, key.id, key.date]);
}

/** A process as stored before the batch: what merging on top of it needs. */
export interface StoredProcess {
  ocid: string;
  lastReleaseDate: Date;
  lastReleaseId: string;
  releaseCount: number;
  compiledRelease: OcdsObject;
}

/** A process compiled from the batch, ready to write. */
export interface CompiledProcess {
  ocid: string;
  compiled: OcdsObject;
  /** The newest release merged so far. */
  newest: { date: Date; id: string };
  releaseCount: number;
}

const newestFirst = (
  a: { date: Date | string; id: string },
  b: { date: Date | string; id: string },
) => (compareReleases(a, b) >= 0 ? a : b);

/** The batch's new releases of each ocid, in date order (the order they merge in). */
export function releasesByOcid(releases: readonly OcdsObject[]): Map<string, OcdsObject[]> {
  const byOcid = new Map<string, OcdsObject[]>();
  for (const release of releases) {
    const ocid = String(release['ocid']);
    const releases = byOcid.get(ocid);
    if (releases) releases.push(release);
    else byOcid.set(ocid, [release]);
  }
  for (const group of byOcid.values())
    group.sort((a, b) => compareReleases(releaseKeyOf(a), releaseKeyOf(b)));
  return byOcid;
}

/**
 * The ocids whose new releases include one no newer than the stored process's
 * newest: merging on top would let an older release overwrite a newer one, so
 * they are recompiled from every stored release instead.
 */
export function ocidsToRecompile(
  fresh: ReadonlyMap<string, OcdsObject[]>,
  stored: ReadonlyMap<string, StoredProcess>,
): string[] {
  return [...fresh.entries()].flatMap(([ocid, releases]) => {
    const current = stored.get(ocid);
    if (!current) return [];
    const newest = { date: current.lastReleaseDate, id: current.lastReleaseId };
    const oldest = releaseKeyOf(releases[0]!);
    return compareReleases({ date: oldest.date, id: oldest.id }, newest) > 0 ? [] : [ocid];
  });
}

/**
 * Compiles every process the batch touches, in memory: a new process from
 * its releases in date order; a stored one by merging the newer releases on
 * top of its compiled release, or, for an ocid in `everyRelease` (see
 * ocidsToRecompile), from all its stored releases, the batch's included.
 */
export function compileBatch(
  fresh: ReadonlyMap<string, OcdsObject[]>,
  stored: ReadonlyMap<string, StoredProcess>,
  everyRelease: ReadonlyMap<string, OcdsObject[]>,
): CompiledProcess[] {
  return [...fresh.entries()].map(([ocid, releases]) => {
    const current = stored.get(ocid);
    const all = everyRelease.get(ocid);
    let compiled: OcdsObject | null = current && !all ? current.compiledRelease : null;
    if (all) compiled = compileReleases(all);
    else for (const release of releases) compiled = mergeRelease(compiled, release);
    const newestFresh = releaseKeyOf(releases[releases.length - 1]!);
    const newest = current
      ? newestFirst(
          { date: newestFresh.date, id: newestFresh.id },
          { date: current.lastReleaseDate, id: current.lastReleaseId },
        )
      : newestFresh;
    return {
      ocid,
      compiled: compiled!,
      newest: { date: new Date(newest.date), id: newest.id },
      releaseCount: (current?.releaseCount ?? 0) + releases.length,
    };
  });
}
