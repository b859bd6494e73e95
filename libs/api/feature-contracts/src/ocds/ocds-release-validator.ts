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

/** Checks one release against the official OCDS 1.1 release schema; returns its problems, or none. */
export function releaseProblems(release: unknown): ReleaseProblem[] {
  const validate = releaseValidator();
  if (validate(release)) return [];
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    reason:
      error.keyword === 'required'
        ? `must have ${String((error.params as { missingProperty?: string }).missingProperty)}`
        : (error.message ?? 'is not valid OCDS 1.1'),
  }));
}
