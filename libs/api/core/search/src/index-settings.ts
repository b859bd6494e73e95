import type { Settings } from 'meilisearch';

/** Settings compared the way Meilisearch returns them: sorted keys, arrays as given. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** The keys of `wanted` whose values differ in `current` (lists of attributes compared as sets where order does not matter). */
export function settingsDiff(wanted: Settings, current: Settings): string[] {
  const unordered = new Set(['filterableAttributes', 'sortableAttributes']);
  return Object.keys(wanted).filter((key) => {
    const want = (wanted as Record<string, unknown>)[key];
    const have = (current as Record<string, unknown>)[key];
    if (unordered.has(key) && Array.isArray(have) && Array.isArray(want)) {
      return (
        JSON.stringify([...(have as string[])].sort()) !==
        JSON.stringify([...(want as string[])].sort())
      );
    }
    if (key === 'synonyms') {
      const sorted = (value: unknown) =>
        canonical(
          Object.fromEntries(
            Object.entries((value ?? {}) as Record<string, string[]>).map(([k, v]) => [
              k,
              [...v].sort(),
            ]),
          ),
        );
      return JSON.stringify(sorted(want)) !== JSON.stringify(sorted(have));
    }
    return JSON.stringify(canonical(want)) !== JSON.stringify(canonical(matchShape(want, have)));
  });
}

/** Keeps only the parts of `have` that `want` specifies (Meilisearch returns extra sub-keys). */
function matchShape(want: unknown, have: unknown): unknown {
  if (
    want &&
    have &&
    typeof want === 'object' &&
    typeof have === 'object' &&
    !Array.isArray(want) &&
    !Array.isArray(have)
  ) {
    if (Object.keys(want as object).length === 0) return have;
    return Object.fromEntries(
      Object.keys(want as object).map((k) => [
        k,
        matchShape((want as Record<string, unknown>)[k], (have as Record<string, unknown>)[k]),
      ]),
    );
  }
  return have;
}
