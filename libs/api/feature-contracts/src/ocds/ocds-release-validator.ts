import type { ValidateFunction } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

import releaseSchema from './schema/release-schema.json';

/** Why a release was refused: the JSON path in the release (e.g. /tender/documents/1/url) and the reason. */
export interface ReleaseProblem {
  path: string;
  reason: string;
}

let validator: ValidateFunction | undefined;

function releaseValidator(): ValidateFunction {
  if (!validator) {
    // The schema carries OCDS's own annotations (codelist, deprecated...): not keywords to enforce.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(releaseSchema);
  }
  return validator;
}

/** Far deeper than any OCDS release (about 8 levels with extensions); deeper is not a notice. */
export const MAX_RELEASE_DEPTH = 64;
const NUL = '\u0000';

function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A value met in the walk, with the way back to the root (its path is built only when needed). */
interface Visited {
  value: unknown;
  key: string;
  parent: Visited | null;
  depth: number;
}

function pathOf(visited: Visited): string {
  const keys: string[] = [];
  for (let at: Visited | null = visited; at?.parent; at = at.parent) keys.push(pointerKey(at.key));
  return keys.length === 0 ? '/' : `/${keys.reverse().join('/')}`;
}

/**
 * What no schema says but storing needs: no NUL character (PostgreSQL text and
 * jsonb cannot hold one) and a sane nesting depth. Walks without recursion.
 */
function storageProblem(release: unknown): ReleaseProblem | undefined {
  const stack: Visited[] = [{ value: release, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const visited = stack.pop()!;
    const { value, depth } = visited;
    if (depth > MAX_RELEASE_DEPTH)
      return { path: pathOf(visited), reason: `is nested deeper than ${MAX_RELEASE_DEPTH} levels` };
    if (typeof value === 'string' && value.includes(NUL))
      return {
        path: pathOf(visited),
        reason: 'contains a NUL character (\\u0000), which cannot be stored',
      };
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (key.includes(NUL))
        return { path: pathOf(visited), reason: 'has a key with a NUL character (\\u0000)' };
      const child = (value as Record<string, unknown>)[key];
      stack.push({ value: child, key, parent: visited, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Checks one release against the official OCDS 1.1 release schema, and that it
 * can be stored; returns its problems, or none.
 */
export function releaseProblems(release: unknown): ReleaseProblem[] {
  const unstorable = storageProblem(release);
  if (unstorable) return [unstorable];
  const validate = releaseValidator();
  if (validate(release)) {
    // The schema allows a leap second (23:59:60), which no date arithmetic here can order.
    const date = (release as { date: string }).date;
    return Number.isNaN(Date.parse(date))
      ? [{ path: '/date', reason: 'is not a date and time that can be put in order with others' }]
      : [];
  }
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    reason:
      error.keyword === 'required'
        ? `must have ${String((error.params as { missingProperty?: string }).missingProperty)}`
        : (error.message ?? 'is not valid OCDS 1.1'),
  }));
}
