import { isCouncilTypeCode, isRegion, NATIONS } from '@lgx/shared/domain';
import { parse } from 'csv-parse/sync';

/** A register row, checked and typed, ready to store. */
export interface CouncilRecord {
  code: string;
  gssCode: string | null;
  officialName: string;
  niceName: string;
  altNames: string | null;
  typeCode: string;
  nation: string;
  region: string | null;
  countyCode: string | null;
  combinedAuthorityCode: string | null;
  govUkSlug: string | null;
  population: number | null;
  areaKm2: number | null;
  latitude: number | null;
  longitude: number | null;
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
  replacedBy: string[];
}

export interface RegisterProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

export class CouncilRegisterError extends Error {
  constructor(readonly problems: RegisterProblem[]) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  line ${p.line}, ${p.column}: ${p.message}`)
      .join('\n');
    const more = problems.length > 20 ? `\n  ...and ${problems.length - 20} more` : '';
    super(`The council register file has ${problems.length} problem(s):\n${shown}${more}`);
    this.name = 'CouncilRegisterError';
  }
}

const REQUIRED_COLUMNS = [
  'local-authority-code',
  'official-name',
  'nice-name',
  'gss-code',
  'start-date',
  'end-date',
  'replaced-by',
  'nation',
  'region',
  'local-authority-type',
  'county-la',
  'combined-authority',
  'alt-names',
  'current-authority',
  'gov-uk-slug',
  'area',
  'pop-2020',
  'lat',
  'long',
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number];

const CODE = /^[A-Z][A-Z0-9-]{1,9}$/;
const GSS = /^[ENSWK]\d{8}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses the mySociety register CSV. Every row is checked before anything is
 * stored; any problem fails the whole file with the line and column named.
 */
export function parseCouncilRegister(csv: string): CouncilRecord[] {
  const rows = readRegisterRows(csv);
  const problems: RegisterProblem[] = [];
  const seen = new Map<string, number>();
  const records = rows.map((row, index) => {
    const line = index + 2;
    const problem = (column: Column, message: string) => problems.push({ line, column, message });
    const record = readRecord(row, problem);
    if (!CODE.test(record.code))
      problem('local-authority-code', `"${record.code}" is not a register code`);
    const firstLine = seen.get(record.code);
    if (firstLine)
      problem('local-authority-code', `"${record.code}" already appears on line ${firstLine}`);
    seen.set(record.code, line);
    checkPlaceAndStatus(record, row, problem);
    return record;
  });

  if (problems.length > 0) throw new CouncilRegisterError(problems);
  return records;
}

type Problem = (column: Column, message: string) => void;

/** The rows of the file by column name; an unreadable file or a missing column fails it. */
function readRegisterRows(csv: string): Record<string, string>[] {
  let header: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, {
      columns: (names: string[]) => (header = names),
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    throw new CouncilRegisterError([
      { line: 0, column: '(file)', message: `not readable as CSV: ${(error as Error).message}` },
    ]);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new CouncilRegisterError(
      missing.map((column) => ({ line: 1, column, message: 'column is missing from the header' })),
    );
  }
  return rows;
}

/** One row as a record; a number, date or code that does not read is a problem. */
function readRecord(row: Record<string, string>, problem: Problem): CouncilRecord {
  const text = (column: Column) => row[column] || null;
  const number = (column: Column) => {
    const value = row[column];
    if (!value) return null;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) problem(column, `"${value}" is not a number`);
    return Number.isFinite(parsed) ? parsed : null;
  };
  const date = (column: Column) => {
    const value = text(column);
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      problem(column, `"${value}" is not a date like 2023-04-01`);
    }
    return value;
  };
  const code = (column: Column) => {
    const value = text(column);
    if (value && !CODE.test(value)) problem(column, `"${value}" is not a register code`);
    return value;
  };

  return {
    code: row['local-authority-code'] ?? '',
    gssCode: text('gss-code'),
    officialName: row['official-name'] ?? '',
    niceName: row['nice-name'] ?? '',
    altNames: text('alt-names'),
    typeCode: row['local-authority-type'] ?? '',
    nation: row['nation'] ?? '',
    region: text('region'),
    countyCode: code('county-la'),
    combinedAuthorityCode: code('combined-authority'),
    govUkSlug: text('gov-uk-slug'),
    population: number('pop-2020'),
    areaKm2: number('area'),
    latitude: number('lat'),
    longitude: number('long'),
    startDate: date('start-date'),
    endDate: date('end-date'),
    isCurrent: row['current-authority'] === 'True',
    replacedBy: (row['replaced-by'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  };
}

/** Names, nation, region, type, status, coordinates and successors of one record. */
function checkPlaceAndStatus(
  record: CouncilRecord,
  row: Record<string, string>,
  problem: Problem,
): void {
  if (record.gssCode && !GSS.test(record.gssCode))
    problem('gss-code', `"${record.gssCode}" is not a GSS code`);
  if (!record.officialName) problem('official-name', 'is empty');
  if (!record.niceName) problem('nice-name', 'is empty');
  if (!(NATIONS as readonly string[]).includes(record.nation)) {
    problem('nation', `"${record.nation}" is not one of ${NATIONS.join(', ')}`);
  }
  if (record.region && !isRegion(record.region))
    problem('region', `"${record.region}" is not a known region`);
  if (!isCouncilTypeCode(record.typeCode)) {
    problem('local-authority-type', `"${record.typeCode}" is not a known council type`);
  }
  if (!['True', 'False'].includes(row['current-authority'] ?? '')) {
    problem('current-authority', `"${row['current-authority']}" must be True or False`);
  }
  if (record.population !== null) record.population = Math.round(record.population);
  if (record.latitude !== null && Math.abs(record.latitude) > 90) problem('lat', 'is out of range');
  if (record.longitude !== null && Math.abs(record.longitude) > 180)
    problem('long', 'is out of range');
  for (const successor of record.replacedBy) {
    if (!CODE.test(successor)) problem('replaced-by', `"${successor}" is not a register code`);
  }
}
