import {
  cpvProblem,
  findCpv,
  formatPence,
  GROUP_NOTE_LIMIT,
  GROUP_VISIBILITIES,
  groupDetailsEditable,
  type GroupStage,
  type GroupVisibility,
  isCalendarDate,
  isOneOf,
  isWholeNumberBetween,
  MAX_PENCE,
  PROCUREMENT_ROUTES,
  type ProcurementRoute,
  readPounds,
} from '@lgx/shared/domain';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A group as its lead writes it; money in pounds as typed ("1.5m", "£250,000"). */
export interface GroupFields {
  title: string;
  need: string;
  cpvCode: string;
  estimatedValuePerCouncil?: string | null;
  estimatedTotalValue?: string | null;
  desiredStart: string;
  route: string;
  frameworkName?: string | null;
  frameworkLot?: string | null;
  minimumCouncils: number;
  visibility: string;
  interestClosesOn: string;
}

/** A council's commitment: how much, what it is worth to it, and when it could start. */
export interface CommitmentFields {
  volume: number;
  volumeUnit: string;
  estimatedValue: string;
  earliestStart: string;
  latestStart: string;
}

export const GROUP_LIMITS = {
  title: 150,
  need: 5_000,
  framework: 200,
  unit: 50,
  note: GROUP_NOTE_LIMIT,
  message: 5_000,
  minimumCouncils: 500,
  volume: 10_000_000,
};
/** Why money as typed cannot be stored, in words. */
export const poundsMessage = (
  label: string,
  problem: 'negative' | 'not-an-amount' | 'too-large',
) =>
  problem === 'negative'
    ? `${label} cannot be negative`
    : problem === 'too-large'
      ? `${label} must be ${formatPence(MAX_PENCE)} or less`
      : `Enter ${label.toLowerCase()} in pounds, like 150000 or 1.5m`;

/** Today as YYYY-MM-DD, in UTC. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

function checker() {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const text = (
    field: string,
    value: string | null | undefined,
    label: string,
    max: number,
    required: boolean,
  ) => {
    const trimmed = (value ?? '').trim();
    if (required && !trimmed) problem(field, `Enter ${label}`);
    else if (trimmed.length > max)
      problem(
        field,
        `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
      );
    return trimmed;
  };
  const date = (field: string, value: string | null | undefined, label: string) => {
    if (!value?.trim()) {
      problem(field, `Enter ${label}`);
      return null;
    }
    if (!isCalendarDate(value.trim())) {
      problem(field, `Enter ${label} as a real date, like 2027-04-01`);
      return null;
    }
    return value.trim();
  };
  const money = (
    field: string,
    value: string | null | undefined,
    label: string,
    required: boolean,
  ) => {
    const raw = value?.trim();
    if (!raw) {
      if (required) problem(field, `Enter ${label.toLowerCase()}`);
      return null;
    }
    const reading = readPounds(raw);
    if (reading.problem) {
      problem(field, poundsMessage(label, reading.problem));
      return null;
    }
    return reading.pence;
  };
  return { problems, problem, text, date, money };
}

/**
 * Checks a group and reports every problem by field name. `today` (YYYY-MM-DD)
 * is when the check runs: dates must not be in the past, unless they are the
 * `kept` dates of a group being changed (a closing date that has passed stays).
 */
export function checkGroup(
  input: GroupFields,
  today = todayIso(),
  kept: Partial<Pick<GroupValues, 'desiredStart' | 'interestClosesOn'>> = {},
) {
  const check = checker();
  const { problems, problem, text, date } = check;
  const title = text('title', input.title, 'a title', GROUP_LIMITS.title, true);
  const need = text('need', input.need, 'the need', GROUP_LIMITS.need, true);
  const cpvIssue = cpvProblem(input.cpvCode ?? '');
  if (cpvIssue) problem('cpvCode', cpvIssue);
  const { valuePerCouncilPence, totalValuePence } = checkEstimatedValues(input, check);
  const desiredStart = date('desiredStart', input.desiredStart, 'the desired contract start');
  if (desiredStart && desiredStart <= today && desiredStart !== kept.desiredStart)
    problem('desiredStart', 'The desired contract start must be in the future');
  const { route, frameworkName, frameworkLot } = checkRoute(input, check);
  if (!isWholeNumberBetween(input.minimumCouncils, 2, GROUP_LIMITS.minimumCouncils))
    problem(
      'minimumCouncils',
      `The minimum number of councils must be a whole number from 2 to ${GROUP_LIMITS.minimumCouncils}`,
    );
  const visibility = input.visibility as GroupVisibility;
  if (!isOneOf(GROUP_VISIBILITIES, input.visibility))
    problem('visibility', 'Choose whether the group is open to any council or invite only');
  const interestClosesOn = date(
    'interestClosesOn',
    input.interestClosesOn,
    'the closing date for expressions of interest',
  );
  if (interestClosesOn && interestClosesOn < today && interestClosesOn !== kept.interestClosesOn)
    problem(
      'interestClosesOn',
      'The closing date for expressions of interest cannot be in the past',
    );
  else if (interestClosesOn && desiredStart && interestClosesOn >= desiredStart)
    problem(
      'interestClosesOn',
      'Expressions of interest must close before the desired contract start',
    );
  const values: GroupValues = {
    title,
    need,
    cpvCode: findCpv(input.cpvCode ?? '')?.code ?? '',
    valuePerCouncilPence,
    totalValuePence,
    desiredStart: desiredStart ?? '',
    route,
    frameworkName: route === 'EXISTING_FRAMEWORK' ? frameworkName : null,
    frameworkLot: route === 'EXISTING_FRAMEWORK' ? frameworkLot : null,
    minimumCouncils: input.minimumCouncils,
    visibility,
    interestClosesOn: interestClosesOn ?? '',
  };
  return { problems, values };
}

type Checker = ReturnType<typeof checker>;

/** The estimated values, in pence; the total is at least the value per council. */
function checkEstimatedValues(input: GroupFields, { problem, money }: Checker) {
  const valuePerCouncilPence = money(
    'estimatedValuePerCouncil',
    input.estimatedValuePerCouncil,
    'The estimated value per council',
    false,
  );
  const totalValuePence = money(
    'estimatedTotalValue',
    input.estimatedTotalValue,
    'The estimated total value',
    false,
  );
  if (
    valuePerCouncilPence !== null &&
    totalValuePence !== null &&
    totalValuePence < valuePerCouncilPence
  )
    problem(
      'estimatedTotalValue',
      'The estimated total value must be at least the value per council',
    );
  return { valuePerCouncilPence, totalValuePence };
}

/** A known route; an existing framework needs its name and lot. */
function checkRoute(input: GroupFields, { problem, text }: Checker) {
  const route = input.route as ProcurementRoute;
  if (!isOneOf(PROCUREMENT_ROUTES, input.route))
    problem(
      'route',
      'Choose a route: an existing framework and lot, a new framework, an open procedure or a dynamic market',
    );
  const frameworkName = text(
    'frameworkName',
    input.frameworkName,
    'the framework',
    GROUP_LIMITS.framework,
    route === 'EXISTING_FRAMEWORK',
  );
  const frameworkLot = text(
    'frameworkLot',
    input.frameworkLot,
    'the lot',
    GROUP_LIMITS.framework,
    route === 'EXISTING_FRAMEWORK',
  );
  return { route, frameworkName, frameworkLot };
}

/** A group's details as stored: money in pence, the canonical CPV code, framework only when used. */
export interface GroupValues {
  title: string;
  need: string;
  cpvCode: string;
  valuePerCouncilPence: number | null;
  totalValuePence: number | null;
  desiredStart: string;
  route: ProcurementRoute;
  frameworkName: string | null;
  frameworkLot: string | null;
  minimumCouncils: number;
  visibility: GroupVisibility;
  interestClosesOn: string;
}

/** Each stored detail: the input field it comes from, and its name in messages. */
export const GROUP_DETAILS: Record<keyof GroupValues, { field: keyof GroupFields; name: string }> =
  {
    title: { field: 'title', name: 'the title' },
    need: { field: 'need', name: 'the need' },
    cpvCode: { field: 'cpvCode', name: 'the category' },
    valuePerCouncilPence: {
      field: 'estimatedValuePerCouncil',
      name: 'the estimated value per council',
    },
    totalValuePence: { field: 'estimatedTotalValue', name: 'the estimated total value' },
    desiredStart: { field: 'desiredStart', name: 'the desired contract start' },
    route: { field: 'route', name: 'the route' },
    frameworkName: { field: 'frameworkName', name: 'the framework' },
    frameworkLot: { field: 'frameworkLot', name: 'the lot' },
    minimumCouncils: { field: 'minimumCouncils', name: 'the minimum number of councils' },
    visibility: { field: 'visibility', name: 'who can join' },
    interestClosesOn: {
      field: 'interestClosesOn',
      name: 'the closing date for expressions of interest',
    },
  };

/** What may still change about a group once it has gone to tender. */
const WORDING: readonly (keyof GroupValues)[] = ['title', 'need'];

/**
 * Checks a change to a group in `stage`, as creation is checked (dates left as
 * they were may have passed), and reports which details change. Once the group
 * has gone to tender only its wording may change; the caller refuses an ended group.
 */
export function checkGroupChange(
  input: GroupFields,
  current: GroupValues,
  stage: GroupStage,
  today = todayIso(),
) {
  const { problems, values } = checkGroup(input, today, current);
  const changed = (Object.keys(GROUP_DETAILS) as (keyof GroupValues)[]).filter(
    (key) => values[key] !== current[key],
  );
  if (groupDetailsEditable(stage) !== 'all') {
    const named = new Set(problems.map((p) => p.field));
    for (const key of changed) {
      const { field, name } = GROUP_DETAILS[key];
      if (WORDING.includes(key) || named.has(field)) continue;
      named.add(field);
      problems.push({
        field,
        message: `${name.charAt(0).toUpperCase()}${name.slice(1)} cannot change once the group has gone to tender`,
      });
    }
  }
  return { problems, values, changed };
}

/** Checks a commitment and reports every problem by field name. */
export function checkCommitment(input: CommitmentFields) {
  const { problems, problem, text, date, money } = checker();
  if (!isWholeNumberBetween(input.volume, 1, GROUP_LIMITS.volume))
    problem(
      'volume',
      `The volume must be a whole number from 1 to ${GROUP_LIMITS.volume.toLocaleString('en-GB')}`,
    );
  const volumeUnit = text(
    'volumeUnit',
    input.volumeUnit,
    'what the volume counts, like licences or sites',
    GROUP_LIMITS.unit,
    true,
  );
  const estimatedValuePence = money(
    'estimatedValue',
    input.estimatedValue,
    'The estimated value',
    true,
  );
  const earliestStart = date('earliestStart', input.earliestStart, 'the earliest start');
  const latestStart = date('latestStart', input.latestStart, 'the latest start');
  if (earliestStart && latestStart && latestStart < earliestStart)
    problem('latestStart', 'The latest start must be the same as or after the earliest start');
  return {
    problems,
    values: {
      volume: input.volume,
      volumeUnit,
      estimatedValuePence,
      earliestStart,
      latestStart,
    },
  };
}
