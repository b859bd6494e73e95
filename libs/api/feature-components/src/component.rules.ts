import {
  checkSpdxExpression,
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  isOneOf,
  type LabelTable,
  SERVICE_AREAS,
  taxonomyProblems,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { ComponentDependency } from './component.entity';

export interface FieldProblem {
  field: string;
  message: string;
}

/** What an editor sends for a component. */
export interface ComponentFields {
  name: string;
  kind: string;
  summary: string;
  description?: string | null;
  url?: string | null;
  licence: string;
  maturity: string;
  maintainingCouncilCodes?: string[] | null;
  serviceAreas?: string[] | null;
  technologies?: string[] | null;
  standards?: string[] | null;
  features?: string[] | null;
  documentationUrl?: string | null;
  dependencies?: ComponentDependency[] | null;
}

export const COMPONENT_LIMITS = { name: 150, summary: 300, description: 20_000, feature: 200 };

/** Strict enough that a council's repository is one record however its address is written. */
export function repositoryKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    const path = parsed.pathname.replace(/\/+$/, '').replace(/\.git$/i, '');
    return `${parsed.hostname.toLowerCase()}${path.toLowerCase()}`;
  } catch {
    return null;
  }
}

const isWebAddress = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Checks every field and reports every problem by field name; returns the licence as normalised. */
export function checkComponent(input: ComponentFields): {
  problems: FieldProblem[];
  licence?: string;
} {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const text = (
    field: 'name' | 'summary' | 'description',
    label: string,
    max: number,
    required: boolean,
  ) => {
    const value = (input[field] ?? '').trim();
    if (required && !value) problem(field, `Enter ${label}`);
    else if (value.length > max)
      problem(
        field,
        `The ${label.replace(/^an? /, '')} must be ${max.toLocaleString('en-GB')} characters or fewer`,
      );
  };
  text('name', 'a name', COMPONENT_LIMITS.name, true);
  text('summary', 'a summary', COMPONENT_LIMITS.summary, true);
  text('description', 'a description', COMPONENT_LIMITS.description, false);

  if (!isOneOf(COMPONENT_KINDS, input.kind))
    problem(
      'kind',
      `Choose what kind of component it is: ${Object.values(COMPONENT_KINDS).join(', ')}`,
    );
  if (!isOneOf(COMPONENT_MATURITIES, input.maturity))
    problem('maturity', 'Choose a maturity: alpha, beta, live, deprecated or retired');

  let licence: string | undefined;
  if (!input.licence?.trim())
    problem('licence', 'Enter the licence as an SPDX identifier, like MIT or OGL-UK-3.0');
  else {
    const check = checkSpdxExpression(input.licence);
    if (check.problems.length > 0) problem('licence', `The licence ${check.problems[0]}`);
    else licence = check.normalised;
  }

  for (const [field, label] of [
    ['url', 'repository or download address'],
    ['documentationUrl', 'documentation address'],
  ] as const) {
    const value = input[field]?.trim();
    if (value && !isWebAddress(value))
      problem(field, `Enter the ${label} as a full web address starting with https://`);
  }

  const taxonomy = (
    field: 'serviceAreas' | 'technologies' | 'standards',
    known: LabelTable,
    label: string,
  ) => {
    for (const message of taxonomyProblems(known, input[field] ?? [], label, 12))
      problem(field, message);
  };
  taxonomy('serviceAreas', SERVICE_AREAS, 'service area');
  taxonomy('technologies', TECHNOLOGIES, 'technology');
  taxonomy('standards', COMPONENT_STANDARDS, 'standard we list');

  const features = input.features ?? [];
  if (features.length > 30) problem('features', 'List at most 30 features');
  if (features.some((feature) => feature.length > COMPONENT_LIMITS.feature))
    problem('features', `Each feature must be ${COMPONENT_LIMITS.feature} characters or fewer`);

  const dependencies = input.dependencies ?? [];
  if (dependencies.length > 30) problem('dependencies', 'List at most 30 dependencies');
  if (dependencies.some((dependency) => !dependency.name?.trim() || dependency.name.length > 100))
    problem('dependencies', 'Give each dependency a name of 100 characters or fewer');
  return { problems, licence };
}
