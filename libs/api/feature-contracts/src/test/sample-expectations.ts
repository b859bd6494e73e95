import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

/** The Contracts Finder sample shipped with the feature (see data/README.md). */
export const SAMPLE_FILE = path.join(__dirname, '..', 'data', 'release-package.json');
/** The council register as LGX ships it (feature-councils' data file, read as a file). */
const REGISTER_FILE = path.join(
  __dirname,
  '../../../feature-councils/src/data/uk_local_authorities.csv',
);

type Json = { [key: string]: unknown };

export interface RegisterRow {
  code: string;
  gssCode: string | null;
  officialName: string;
  niceName: string;
  typeCode: string;
  nation: string;
  isCurrent: boolean;
}

/** The register's rows, enough to fill the council table. */
export function registerRows(): RegisterRow[] {
  const rows: Record<string, string>[] = parse(readFileSync(REGISTER_FILE), { columns: true });
  return rows.map((row) => ({
    code: row['local-authority-code']!,
    gssCode: row['gss-code'] || null,
    officialName: row['official-name']!,
    niceName: row['nice-name']!,
    typeCode: row['local-authority-type']!,
    nation: row['nation']!,
    isCurrent: row['current-authority'] === 'True',
  }));
}

/**
 * What importing the sample must do, worked out here from the file itself,
 * apart from the importer: releases failing the OCDS 1.1 release schema are
 * refused, each remaining ocid is one process, and a process's buyer matches
 * when its newest release's buyer party carries a local-authority register
 * code (GB-LAE, GB-LAS, GB-PLA, GB-LANI) or a GSS code the register holds.
 */
export function sampleExpectations() {
  const releases = (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { releases: Json[] }).releases;
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const valid = ajv.compile(
    JSON.parse(
      readFileSync(path.join(__dirname, '..', 'ocds', 'schema', 'release-schema.json'), 'utf8'),
    ),
  );
  const refused = releases.flatMap((release, index) => (valid(release) ? [] : [index]));
  const newest = new Map<string, Json>();
  for (const [index, release] of releases.entries()) {
    if (refused.includes(index)) continue;
    const seen = newest.get(String(release['ocid']));
    if (!seen || Date.parse(String(seen['date'])) < Date.parse(String(release['date'])))
      newest.set(String(release['ocid']), release);
  }
  const register = registerRows();
  const codes = new Set(register.map((row) => row.code));
  const gssCodes = new Set(register.map((row) => row.gssCode));
  const matched = [...newest.values()].filter((release) => {
    const buyerId = (release['buyer'] as Json | undefined)?.['id'];
    const party = (release['parties'] as Json[]).find((p) => p['id'] === buyerId);
    const identifier = party?.['identifier'] as Json | undefined;
    const id = String(identifier?.['id'] ?? '');
    return (
      (['GB-LAE', 'GB-LAS', 'GB-PLA', 'GB-LANI'].includes(String(identifier?.['scheme'])) &&
        codes.has(id)) ||
      gssCodes.has(id)
    );
  });
  return {
    releases: releases.length,
    refusedPositions: refused.map((index) => `/releases/${index}`),
    processes: newest.size,
    matchedOcids: matched.map((release) => String(release['ocid'])),
  };
}
