import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  type BuyerCouncilMatch,
  councilRegisterEntry,
  createBuyerCouncilMatcher,
  type PublishedBuyer,
} from '@lgx/shared/domain';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

import { CONTRACTS_SAMPLE_FILE } from '../data';

/** The Contracts Finder sample shipped with the feature (see data/README.md). */
export const SAMPLE_FILE = CONTRACTS_SAMPLE_FILE;
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
  altNames: string | null;
  typeCode: string;
  nation: string;
  isCurrent: boolean;
  replacedBy: string[];
}

/** The register's rows, enough to fill the council table as the register import does. */
export function registerRows(): RegisterRow[] {
  const rows: Record<string, string>[] = parse(readFileSync(REGISTER_FILE), { columns: true });
  return rows.map((row) => ({
    code: row['local-authority-code']!,
    gssCode: row['gss-code'] || null,
    officialName: row['official-name']!,
    niceName: row['nice-name']!,
    altNames: row['alt-names'] || null,
    typeCode: row['local-authority-type']!,
    nation: row['nation']!,
    isCurrent: row['current-authority'] === 'True',
    replacedBy: (row['replaced-by'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  }));
}

/** The buyer party of a release, as the matcher reads it (its first identifier is its own). */
function buyerOf(release: Json): PublishedBuyer {
  const buyer = release['buyer'] as Json | undefined;
  const party = ((release['parties'] as Json[] | undefined) ?? []).find(
    (candidate) => candidate['id'] === buyer?.['id'],
  );
  return {
    name: (buyer?.['name'] ?? party?.['name'] ?? null) as string | null,
    identifier: (party?.['identifier'] ?? null) as PublishedBuyer['identifier'],
    additionalIdentifiers: (party?.['additionalIdentifiers'] ??
      null) as PublishedBuyer['additionalIdentifiers'],
  };
}

/** The sample's valid releases, and the positions of those the release schema refuses. */
function validReleases(releases: Json[]): { valid: Json[]; refused: number[] } {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const isValid = ajv.compile(
    JSON.parse(
      readFileSync(path.join(__dirname, '..', 'ocds', 'schema', 'release-schema.json'), 'utf8'),
    ),
  );
  const refused = releases.flatMap((release, index) => (isValid(release) ? [] : [index]));
  return { valid: releases.filter((_, index) => !refused.includes(index)), refused };
}

/**
 * What importing the sample must do, worked out here from the file itself,
 * apart from the importer: releases failing the OCDS 1.1 release schema are
 * refused, each remaining ocid is one process, and a process's buyer is what
 * the pure register matcher of shared/domain says of its newest release's
 * buyer party (no admin decision is stored in these tests).
 */
export function sampleExpectations() {
  const releases = (JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { releases: Json[] }).releases;
  const { valid, refused } = validReleases(releases);
  const newest = new Map<string, Json>();
  for (const release of valid) {
    const seen = newest.get(String(release['ocid']));
    if (!seen || Date.parse(String(seen['date'])) < Date.parse(String(release['date'])))
      newest.set(String(release['ocid']), release);
  }
  const match = createBuyerCouncilMatcher(
    registerRows().map((row) => councilRegisterEntry({ ...row, altNames: row.altNames })),
  );
  const outcomes = [...newest.entries()].map(([ocid, release]) => ({
    ocid,
    match: match(buyerOf(release)),
  }));
  const ocidsWhere = (test: (match: BuyerCouncilMatch) => boolean) =>
    outcomes.filter((outcome) => test(outcome.match)).map((outcome) => outcome.ocid);
  return {
    releases: releases.length,
    refusedPositions: refused.map((index) => `/releases/${index}`),
    processes: newest.size,
    matchedByIdentifier: ocidsWhere((m) => m.outcome === 'matched' && m.by === 'identifier'),
    matchedByName: ocidsWhere((m) => m.outcome === 'matched' && m.by === 'name'),
    unmatched: ocidsWhere((m) => m.outcome === 'unmatched'),
    notACouncil: ocidsWhere((m) => m.outcome === 'notACouncil'),
  };
}
