import {
  AMBITION_PLANS,
  type AmbitionBarrier,
  type AmbitionPlan,
  type AmbitionPotential,
  type AmbitionReadiness,
  isOneOf,
  planNeedsEvidence,
  TECHNOLOGIES,
  type Technology,
} from '@lgx/shared/domain';
import type {
  AmbitionCellInput,
  AmbitionObjectiveInput,
  StrategicObjective,
} from '@lgx/web/data-access';
import type { FormProblem } from '@lgx/web/ui';

/** The order technologies are asked in: the taxonomy's. */
export const TECHNOLOGY_KEYS = Object.keys(TECHNOLOGIES) as Technology[];

/** A cell's question, as the form names its inputs. */
export type CellPart = 'potential' | 'plan' | 'barriers' | 'readiness' | 'evidence';

/** The input name of a cell's question in the objective's form ("AI.plan"). */
export const cellName = (technology: string, part: CellPart) => `${technology}.${part}`;

/** The id of an input on the page: objectives have a form each, so ids carry the objective. */
export const importanceId = (objective: string) => `${objective}-importance`;
export const cellId = (objective: string, technology: string, part: CellPart) =>
  `${objective}-${technology}-${part}`;

/** The evidence chooser's value for one option: "CASE_STUDY:<id>" or "ADOPTION:<id>". */
export const evidenceValue = (evidence: { kind: string; id: string | number }) =>
  `${evidence.kind}:${evidence.id}`;

function text(data: FormData, name: string): string | null {
  const value = data.get(name);
  return typeof value === 'string' && value !== '' ? value : null;
}

function evidenceOf(value: string | null): AmbitionCellInput['evidence'] {
  if (!value) return null;
  const [kind, id] = value.split(':');
  return (kind === 'CASE_STUDY' || kind === 'ADOPTION') && id ? { kind, id } : null;
}

/**
 * One objective's form as the API input: its importance and every technology
 * with something answered, in taxonomy order (so a problem about
 * `cells[2]` names the third of these).
 */
export function readObjectiveForm(
  councilCode: string,
  objective: StrategicObjective,
  data: FormData,
): AmbitionObjectiveInput {
  const importance = text(data, 'importance');
  const cells = TECHNOLOGY_KEYS.map((technology): AmbitionCellInput => {
    const plan = text(data, cellName(technology, 'plan'));
    return {
      technology,
      potential: text(data, cellName(technology, 'potential')) as AmbitionPotential | null,
      plan: plan as AmbitionPlan | null,
      barriers: data.getAll(cellName(technology, 'barriers')).map(String) as AmbitionBarrier[],
      readiness: text(data, cellName(technology, 'readiness')) as AmbitionReadiness | null,
      evidence: evidenceOf(text(data, cellName(technology, 'evidence'))),
    };
  }).filter(
    (cell) =>
      cell.potential || cell.plan || cell.readiness || cell.evidence || cell.barriers?.length,
  );
  return { councilCode, objective, importance: importance ? Number(importance) : null, cells };
}

/** What the page can tell before sending: piloting or live without evidence. */
export function problemsBeforeSending(input: AmbitionObjectiveInput): FormProblem[] {
  return (input.cells ?? []).flatMap((cell, index) =>
    planNeedsEvidence(cell.plan) && !cell.evidence
      ? [
          {
            field: `cells[${index}].evidence`,
            message: `${TECHNOLOGIES[cell.technology]}: ${
              isOneOf(AMBITION_PLANS, cell.plan) ? AMBITION_PLANS[cell.plan].toLowerCase() : ''
            } needs evidence. Choose one of your council's published case studies or component adoptions`,
          },
        ]
      : [],
  );
}

/**
 * The API's field names for this input, to the ids of the inputs on the page,
 * in page order: what toFormErrors needs to link each problem to its input.
 */
export function fieldIdsFor(input: AmbitionObjectiveInput): Record<string, string> {
  const ids: Record<string, string> = { importance: importanceId(input.objective) };
  (input.cells ?? []).forEach((cell, index) => {
    for (const part of ['potential', 'plan', 'barriers', 'readiness', 'evidence'] as const) {
      const id = cellId(input.objective, cell.technology, part);
      ids[`cells[${index}].${part}`] = id;
      if (part === 'evidence') ids[`cells[${index}].evidence.id`] = id;
    }
  });
  return ids;
}
