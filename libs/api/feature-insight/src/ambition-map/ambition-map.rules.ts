import {
  AMBITION_IMPORTANCE,
  type AmbitionBarrier,
  type AmbitionPlan,
  type AmbitionPotential,
  type AmbitionReadiness,
  planNeedsEvidence,
  STRATEGIC_OBJECTIVES,
  type StrategicObjective,
  TECHNOLOGIES,
  type Technology,
} from '@lgx/shared/domain';

import type { AmbitionEvidenceKindKey } from './ambition-map.object';

/** A problem with one field of the input, named by its path ("cells[0].evidence"), as the API names input fields. */
export interface AmbitionProblem {
  field: string;
  message: string;
}

export interface CheckedCell {
  /** Its position in the input, to name its fields in a problem found later. */
  index: number;
  technology: Technology;
  potential: AmbitionPotential | null;
  plan: AmbitionPlan | null;
  barriers: AmbitionBarrier[];
  readiness: AmbitionReadiness | null;
  evidence: { kind: AmbitionEvidenceKindKey; id: string } | null;
}

export interface CheckedObjective {
  objective: StrategicObjective;
  importance: number | null;
  cells: CheckedCell[];
}

interface CellInput {
  technology: Technology;
  potential?: AmbitionPotential | null;
  plan?: AmbitionPlan | null;
  barriers?: AmbitionBarrier[] | null;
  readiness?: AmbitionReadiness | null;
  evidence?: { kind: AmbitionEvidenceKindKey; id: string } | null;
}

/** The input field of the cell at `index` of the objective's cells. */
export const cellField = (index: number, part: string) => `cells[${index}].${part}`;

/**
 * One objective's answers checked before anything is written: importance 1
 * to 5, each technology once, and PILOTING or LIVE with evidence named.
 * Cells with nothing answered are dropped. Whether the evidence is the
 * council's own is checked against the database by the service.
 */
export function checkAmbitionObjective(input: {
  objective: StrategicObjective;
  importance?: number | null;
  cells: readonly CellInput[];
}): { problems: AmbitionProblem[] } | { value: CheckedObjective } {
  const problems: AmbitionProblem[] = [];
  const importance = input.importance ?? null;
  const { min, max } = AMBITION_IMPORTANCE;
  if (
    importance !== null &&
    (!Number.isInteger(importance) || importance < min || importance > max)
  )
    problems.push({
      field: 'importance',
      message: `Choose how important ${STRATEGIC_OBJECTIVES[input.objective]} is, from ${min} to ${max}`,
    });
  const seen = new Set<string>();
  const cells: CheckedCell[] = [];
  for (const [index, cell] of input.cells.entries()) {
    const label = TECHNOLOGIES[cell.technology];
    if (seen.has(cell.technology)) {
      problems.push({
        field: cellField(index, 'technology'),
        message: `${label} is given more than once: answer each technology once`,
      });
      continue;
    }
    seen.add(cell.technology);
    const checked: CheckedCell = {
      index,
      technology: cell.technology,
      potential: cell.potential ?? null,
      plan: cell.plan ?? null,
      barriers: [...new Set(cell.barriers ?? [])].sort(),
      readiness: cell.readiness ?? null,
      evidence: cell.evidence ?? null,
    };
    if (planNeedsEvidence(checked.plan) && !checked.evidence)
      problems.push({
        field: cellField(index, 'evidence'),
        message: `${label}: piloting or live needs evidence. Choose one of your council's published case studies or component adoptions`,
      });
    if (isAnswered(checked)) cells.push(checked);
  }
  if (problems.length > 0) return { problems };
  return { value: { objective: input.objective, importance, cells } };
}

function isAnswered(cell: CheckedCell): boolean {
  return (
    cell.potential !== null ||
    cell.plan !== null ||
    cell.barriers.length > 0 ||
    cell.readiness !== null ||
    cell.evidence !== null
  );
}
