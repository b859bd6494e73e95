import { type DatePart, datePartsFromForm, type FormProblem, readDateParts } from '@lgx/web/ui';

/** What a council commits: how many of what, its value, and when it could start. */
export interface CommitmentValues {
  volume: number;
  volumeUnit: string;
  estimatedValue: string;
  earliestStart: string;
  latestStart: string;
}

/** The input ids of the commitment form's date inputs, by the API's field names. */
export const COMMITMENT_DATE_IDS = {
  earliestStart: 'earliest-start',
  latestStart: 'latest-start',
} as const;

const DATE_LABELS = { earliestStart: 'The earliest start', latestStart: 'The latest start' };

/**
 * The commitment as typed, with what only the form can see: which box of a
 * date is wrong. Such a date, and a volume that is not a whole number, go as
 * empty and 0, which the API refuses along with every other problem.
 */
export function readCommitmentForm(form: FormData): {
  values: CommitmentValues;
  problems: FormProblem[];
  dateParts: Record<string, DatePart[]>;
} {
  const text = (name: string) => String(form.get(name) ?? '');
  const problems: FormProblem[] = [];
  const dateParts: Record<string, DatePart[]> = {};
  const date = (field: keyof typeof COMMITMENT_DATE_IDS) => {
    const id = COMMITMENT_DATE_IDS[field];
    const reading = readDateParts(datePartsFromForm(form, id), DATE_LABELS[field]);
    if (reading.ok) return reading.value ?? '';
    problems.push({ field, message: reading.message });
    dateParts[id] = reading.parts;
    return '';
  };
  const volume = /^\s*\d+\s*$/.test(text('volume')) ? Number(text('volume')) : 0;
  return {
    values: {
      volume,
      volumeUnit: text('volumeUnit'),
      estimatedValue: text('estimatedValue'),
      earliestStart: date('earliestStart'),
      latestStart: date('latestStart'),
    },
    problems,
    dateParts,
  };
}
