import { STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';

/**
 * Where a business case starts (a published case study, or a cell of the sector
 * map), and whether its peers are only those with measured figures (decision 0075).
 */
export type BusinessCaseRequest = (
  | { readonly kind: 'case-study'; readonly caseStudyId: string }
  | { readonly kind: 'cell'; readonly objective: string; readonly technology: string }
) & { readonly measuredOnly: boolean };

/** What the officer asked for, as it arrives (GraphQL arguments or a download's query string). */
export interface BusinessCaseAsked {
  readonly caseStudy?: unknown;
  readonly objective?: unknown;
  readonly technology?: unknown;
  readonly measuredOnly?: unknown;
}

export interface BusinessCaseProblem {
  readonly field: 'caseStudy' | 'objective' | 'technology' | 'measuredOnly';
  readonly message: string;
}

export type BusinessCaseReading =
  | { readonly request: BusinessCaseRequest; readonly problem?: undefined }
  | { readonly request?: undefined; readonly problem: BusinessCaseProblem };

type BusinessCaseStart = DistributiveOmit<BusinessCaseRequest, 'measuredOnly'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type StartReading =
  | { readonly start: BusinessCaseStart; readonly problem?: undefined }
  | { readonly start?: undefined; readonly problem: BusinessCaseProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const given = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

const keyProblem = (
  field: 'objective' | 'technology',
  value: unknown,
  keys: Record<string, string>,
): BusinessCaseProblem | null =>
  typeof value === 'string' && Object.hasOwn(keys, value)
    ? null
    : {
        field,
        message: `The ${field} must be one of: ${Object.keys(keys).join(', ')}.`,
      };

/** Either `caseStudy` (a case study's id), or both `objective` and `technology` (a cell), never both. */
function readStart(asked: BusinessCaseAsked): StartReading {
  const { caseStudy, objective, technology } = asked;
  if (given(caseStudy)) {
    if (given(objective) || given(technology)) {
      return {
        problem: {
          field: 'caseStudy',
          message:
            'Start a business case from a case study or from an objective and a technology, not both.',
        },
      };
    }
    return typeof caseStudy === 'string' && UUID.test(caseStudy.trim())
      ? { start: { kind: 'case-study', caseStudyId: caseStudy.trim().toLowerCase() } }
      : {
          problem: {
            field: 'caseStudy',
            message:
              'The case study is not one LGX knows: use the "Start our business case" link on its page.',
          },
        };
  }
  if (!given(objective) || !given(technology)) {
    return {
      problem: {
        field: given(objective) ? 'technology' : 'objective',
        message:
          'Say where the business case starts: a case study, or both an objective and a technology.',
      },
    };
  }
  const problem =
    keyProblem('objective', objective, STRATEGIC_OBJECTIVES) ??
    keyProblem('technology', technology, TECHNOLOGIES);
  return problem
    ? { problem }
    : { start: { kind: 'cell', objective: String(objective), technology: String(technology) } };
}

const MEASURED_ONLY_PROBLEM: BusinessCaseProblem = {
  field: 'measuredOnly',
  message:
    'measuredOnly must be true (only peers with measured figures) or false (all figures); leave it out for all figures.',
};

/** True or false, as GraphQL sends it or as a download's address spells it; absent is false. */
function readMeasuredOnly(value: unknown): boolean | null {
  // Empty, as a download's address may spell "not given", is not given (as for the start).
  if (!given(value) || value === false || value === 'false') return false;
  return value === true || value === 'true' ? true : null;
}

/**
 * Reads where the business case starts: either `caseStudy` (a case study's
 * id), or both `objective` and `technology` (a sector map cell), never both;
 * and `measuredOnly`, true or false.
 */
export function readBusinessCaseRequest(asked: BusinessCaseAsked): BusinessCaseReading {
  const reading = readStart(asked);
  if (reading.problem) return reading;
  const measuredOnly = readMeasuredOnly(asked.measuredOnly);
  if (measuredOnly === null) return { problem: MEASURED_ONLY_PROBLEM };
  return { request: { ...reading.start, measuredOnly } };
}
