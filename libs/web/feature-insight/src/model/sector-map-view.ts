import {
  COUNCIL_TYPES,
  isOneOf,
  labelOf,
  NATION_KEYS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

/** What the page shows instead of a figure held back by the small-number rule. */
export const HELD_BACK = 'fewer than 5 councils';

/** What it shows instead of a figure that would tell a council the others' answers (decision 0059, amended). */
export const HELD_BACK_UNANIMOUS = 'none, one, all but one or all of fewer than 10 councils';

/** The figures of one cell, as the API gives them. */
export interface SectorCellFigures {
  objective: string;
  technology: string;
  highPotentialShare?: number | null;
  planningShare?: number | null;
  liveWithEvidence?: number | null;
  publishedCaseStudies: number;
  gap?: boolean | null;
  /** Set when some figures are held back although the group is shown. */
  heldBackReason?: string | null;
}

/** The filter as the GET form sends it: only known council types and nations are kept. */
export interface SectorFilterValues {
  councilType: string;
  nation: string;
  region: string;
  /** Practice from published case studies with measured figures only ("measuredOnly=true"). */
  measuredOnly: boolean;
}

export function filterFromParams(params: URLSearchParams): SectorFilterValues {
  const known = (value: string | null, table: object): string =>
    isOneOf(table, value) ? value : '';
  return {
    councilType: known(params.get('councilType'), COUNCIL_TYPES),
    nation: known(params.get('nation'), NATION_KEYS),
    region: (params.get('region') ?? '').trim().slice(0, 100),
    measuredOnly: params.get('measuredOnly') === 'true',
  };
}

/** The filter for the API: what is not chosen is left out. */
export function filterForApi({ measuredOnly, ...places }: SectorFilterValues) {
  return {
    ...Object.fromEntries(Object.entries(places).filter(([, value]) => value !== '')),
    ...(measuredOnly ? { measuredOnly: true } : {}),
  };
}

/** Which case studies the practice figures count, in words. */
export const practiceBasis = (filter: SectorFilterValues) =>
  filter.measuredOnly
    ? 'Only measured figures: practice counts published case studies whose councils measured actual figures and state an investment, a cashable saving and how long it lasts, and live entries whose evidence is one of them.'
    : 'All figures: practice counts every published case study, forecast or measured actual, and live entries with any published evidence.';

/** Why a figure that is null is missing: unanimity in a small group, or too few councils. */
const heldBack = (heldBackReason?: string | null) =>
  heldBackReason ? HELD_BACK_UNANIMOUS : HELD_BACK;

export const percent = (share: number | null | undefined, heldBackReason?: string | null) =>
  share === null || share === undefined ? heldBack(heldBackReason) : `${Math.round(share * 100)}%`;

export const count = (value: number | null | undefined, heldBackReason?: string | null) =>
  value === null || value === undefined ? heldBack(heldBackReason) : String(value);

/** The filter as a query string ("?councilType=UA"), or "" when nothing is chosen. */
export function filterQuery(filter: SectorFilterValues): string {
  const query = new URLSearchParams(
    Object.entries(filterForApi(filter)).map(([key, value]) => [key, String(value)]),
  ).toString();
  return query ? `?${query}` : '';
}

/** The address of a cell's page, keeping the filter (enum keys need no escaping). */
export const cellPath = (objective: string, technology: string, filter: SectorFilterValues) =>
  `/sector-map/${objective}/${technology}${filterQuery(filter)}`;

export const objectiveLabel = (key: string) => labelOf(STRATEGIC_OBJECTIVES, key) ?? key;
export const technologyLabel = (key: string) => labelOf(TECHNOLOGIES, key) ?? key;

/** One cell in words: what a screen reader says when the cell has focus. */
export function describeCell(cell: SectorCellFigures): string {
  const name = `${objectiveLabel(cell.objective)}, ${technologyLabel(cell.technology)}`;
  const caseStudies = `${cell.publishedCaseStudies} published case ${cell.publishedCaseStudies === 1 ? 'study' : 'studies'}`;
  if (
    !cell.heldBackReason &&
    (cell.highPotentialShare === null || cell.highPotentialShare === undefined)
  )
    return `${name}: ${HELD_BACK} answered; ${caseStudies}.`;
  const reason = cell.heldBackReason;
  return [
    `${name}: ${percent(cell.highPotentialShare, reason)} see high potential`,
    `${percent(cell.planningShare, reason)} planning`,
    `${count(cell.liveWithEvidence, reason)} live with evidence`,
    `${caseStudies}${cell.gap ? '. Gap: high potential, little practice' : ''}.`,
  ].join(', ');
}
