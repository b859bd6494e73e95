import {
  AMBITION_BARRIERS,
  AMBITION_PLANS,
  AMBITION_POTENTIALS,
  AMBITION_READINESS,
  labelOf,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { AmbitionMapChangeKind, AmbitionSnapshot } from './ambition-map-version.entity';

type Cell = AmbitionSnapshot['cells'][number];

const EMPTY: AmbitionSnapshot = { objectives: [], cells: [] };
const NOT_ANSWERED = 'not answered';

const said = (table: Readonly<Record<string, string>>, key: string | null) =>
  labelOf(table, key) ?? NOT_ANSWERED;
const barriersSaid = (keys: string[]) =>
  keys.length === 0 ? 'none' : keys.map((key) => said(AMBITION_BARRIERS, key)).join(', ');
const evidenceOf = (cell: Cell | undefined) =>
  cell?.evidenceCaseStudyId ?? cell?.evidenceAdoptionId ?? null;

/**
 * What changed from one snapshot of a map to the next, in words, for the
 * council's "changes" list: importance, then each cell's potential, plan,
 * barriers, readiness and evidence, objectives and technologies in taxonomy order.
 */
export function describeAmbitionChanges(
  kind: AmbitionMapChangeKind,
  before: AmbitionSnapshot | null,
  after: AmbitionSnapshot,
): string[] {
  if (kind === 'PUBLISH') return ['Published: anyone can read the map'];
  if (kind === 'UNPUBLISH') return ['Made private: only the council’s officers can read the map'];
  const previous = before ?? EMPTY;
  const changes: string[] = [];
  for (const [objective, objectiveLabel] of Object.entries(STRATEGIC_OBJECTIVES)) {
    const was = previous.objectives.find((o) => o.objective === objective)?.importance ?? null;
    const now = after.objectives.find((o) => o.objective === objective)?.importance ?? null;
    if (was !== now)
      changes.push(`${objectiveLabel}: importance ${was ?? NOT_ANSWERED} → ${now ?? NOT_ANSWERED}`);
    for (const [technology, technologyLabel] of Object.entries(TECHNOLOGIES)) {
      const find = (snapshot: AmbitionSnapshot) =>
        snapshot.cells.find((c) => c.objective === objective && c.technology === technology);
      const where = `${objectiveLabel}, ${technologyLabel}`;
      changes.push(...cellChanges(where, find(previous), find(after)));
    }
  }
  return changes.length > 0 ? changes : ['Saved with no changes'];
}

function cellChanges(where: string, was: Cell | undefined, now: Cell | undefined): string[] {
  const changes: string[] = [];
  const compare = (what: string, a: string, b: string) => {
    if (a !== b) changes.push(`${where}: ${what} ${a} → ${b}`);
  };
  compare(
    'potential',
    said(AMBITION_POTENTIALS, was?.potential ?? null),
    said(AMBITION_POTENTIALS, now?.potential ?? null),
  );
  compare('plan', said(AMBITION_PLANS, was?.plan ?? null), said(AMBITION_PLANS, now?.plan ?? null));
  compare('barriers', barriersSaid(was?.barriers ?? []), barriersSaid(now?.barriers ?? []));
  compare(
    'ready to deliver',
    said(AMBITION_READINESS, was?.readiness ?? null),
    said(AMBITION_READINESS, now?.readiness ?? null),
  );
  if (evidenceOf(was) !== evidenceOf(now))
    changes.push(`${where}: evidence ${evidenceOf(now) ? 'changed' : 'removed'}`);
  return changes;
}
