/** A JSON object as OCDS releases hold them. */
export type OcdsObject = { [key: string]: unknown };

/** Fields that describe one release, not the process: a compiled release sets its own. */
const RELEASE_ONLY_FIELDS = new Set(['id', 'date', 'tag']);

function isObject(value: unknown): value is OcdsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): value is OcdsObject & { id: string | number } {
  return isObject(value) && (typeof value['id'] === 'string' || typeof value['id'] === 'number');
}

/**
 * OCDS merge of an array: when every new item is an object with an `id`, items
 * merge by id (an id not seen before is appended, in order); otherwise the new
 * array replaces the old one whole.
 */
function mergeArray(previous: unknown, next: unknown[]): unknown[] {
  if (next.length === 0 || !next.every(hasId))
    return next.map((item) => mergeValue(undefined, item));
  const merged: unknown[] = Array.isArray(previous) && previous.every(hasId) ? [...previous] : [];
  for (const item of next) {
    const at = merged.findIndex((old) => String((old as OcdsObject)['id']) === String(item.id));
    if (at === -1) merged.push(mergeValue(undefined, item));
    else merged[at] = mergeValue(merged[at], item);
  }
  return merged;
}

function mergeObject(previous: unknown, next: OcdsObject): OcdsObject {
  const merged: OcdsObject = isObject(previous) ? { ...previous } : {};
  for (const [key, value] of Object.entries(next)) {
    // A null in a later release removes the field.
    if (value === null) delete merged[key];
    else merged[key] = mergeValue(merged[key], value);
  }
  return merged;
}

function mergeValue(previous: unknown, next: unknown): unknown {
  if (Array.isArray(next)) return mergeArray(previous, next);
  if (isObject(next)) return mergeObject(previous, next);
  return next;
}

/**
 * Merges one release into a compiled release, as the OCDS 1.1 merge rules say
 * (https://standard.open-contracting.org/latest/en/schema/merging/): objects
 * merge field by field, arrays of objects with `id` merge by id, other arrays
 * and values replace, null removes. The caller passes releases in date order.
 */
export function mergeRelease(compiled: OcdsObject | null, release: OcdsObject): OcdsObject {
  const body: OcdsObject = {};
  for (const [key, value] of Object.entries(release)) {
    if (!RELEASE_ONLY_FIELDS.has(key)) body[key] = value;
  }
  const merged = mergeObject(compiled, body);
  const ocid = String(release['ocid']);
  const date = String(release['date']);
  return { ...merged, id: `${ocid}-${date}`, date, tag: ['compiled'] };
}

/** The releases' date order: by instant, then by release id so the order is total. */
export function compareReleases(
  a: { date: Date | string; id: string },
  b: { date: Date | string; id: string },
): number {
  const byDate = new Date(a.date).getTime() - new Date(b.date).getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compiles a process from all its releases, whatever order they come in. */
export function compileReleases(releases: OcdsObject[]): OcdsObject | null {
  const ordered = [...releases].sort((a, b) =>
    compareReleases(
      { date: String(a['date']), id: String(a['id']) },
      { date: String(b['date']), id: String(b['id']) },
    ),
  );
  let compiled: OcdsObject | null = null;
  for (const release of ordered) compiled = mergeRelease(compiled, release);
  return compiled;
}
