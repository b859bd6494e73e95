import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

import releasePackageSchema from './schema/release-package-schema.json';
import releaseSchema from './schema/release-schema.json';

/**
 * Validates against the official OCDS 1.1 release-package and release
 * schemas (draft-04), as the tests do; returns the problems, or none.
 */
export function ocdsProblems(data: unknown): string[] {
  // The schemas carry OCDS's own annotations (codelist, deprecated...): not keywords to enforce.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(releaseSchema);
  const validate = ajv.compile(releasePackageSchema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
