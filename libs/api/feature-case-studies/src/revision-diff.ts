export interface LineChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  /** For text, a line-by-line diff; for short values, before and after say it all. */
  lines: LineChange[];
}

/** The fields a revision records, in the order people read them. */
export const REVISION_FIELDS = [
  'title',
  'summary',
  'stage',
  'stoppedReason',
  'challenge',
  'whatWasDone',
  'impact',
  'lessonsLearned',
  'body',
  'serviceAreas',
  'objectives',
  'technologies',
  'coAuthorCouncilCodes',
  'startDate',
  'endDate',
  'liveSince',
  'investmentPence',
  'runningCostPencePerYear',
  'cashableSavingsPencePerYear',
  'investmentHighPence',
  'investmentUpTo',
  'cashableSavingsHighPence',
  'cashableSavingsUpTo',
  'cashableSavingsOver',
  'savingsPeriodYears',
  'savingsPeriodYearsTo',
  'projectType',
  'figuresBasis',
  'hoursSavedPerYear',
  'nonCashableBenefits',
  'residentsAffected',
  'evidenceLevel',
  'licence',
  'sourceUrl',
  'contactName',
  'contactEmail',
] as const;

const asText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);

/** Line diff by longest common subsequence (texts are at most a few hundred lines). */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      changes.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      changes.push({ kind: 'added', text: b[j]! });
      j++;
    } else {
      changes.push({ kind: 'removed', text: a[i]! });
      i++;
    }
  }
  return changes;
}

/** What changed between two snapshots of a case study, field by field. */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return REVISION_FIELDS.flatMap((field) => {
    const from = asText(before[field]);
    const to = asText(after[field]);
    return from === to ? [] : [{ field, before: from, after: to, lines: diffLines(from, to) }];
  });
}
