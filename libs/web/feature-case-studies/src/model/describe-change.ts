import {
  CASE_STUDY_STAGES,
  EVIDENCE_LEVELS,
  formatPence,
  labelOf,
  type LabelTable,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import { LICENCES } from './case-study-fields';
import { formatDate } from './dates';

export interface ChangedLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A changed field as the diff page shows it. */
export interface DescribedChange {
  field: string;
  label: string;
  lines: ChangedLine[];
}

/** The API's change to one field, as caseStudyDiff sends it. */
export interface FieldChangeSource {
  field: string;
  before: string;
  after: string;
  lines: readonly { kind: string; text: string }[];
}

type Format = (value: string) => string;

const money: Format = (value) => (/^\d+$/.test(value) ? formatPence(Number(value)) : value);
const labelsOf =
  (labels: LabelTable): Format =>
  (value) =>
    value
      .split(', ')
      .map((key) => labelOf(labels, key) ?? key)
      .join(', ');
const licence: Format = (value) => LICENCES.find((l) => l.value === value)?.label ?? value;
const date: Format = (value) => formatDate(value) ?? value;

/**
 * Each field a revision records: its label, and for short values how to
 * show them (text fields show the API's line diff as it is).
 */
const FIELDS: Record<string, { label: string; format?: Format }> = {
  title: { label: 'Title' },
  summary: { label: 'Summary' },
  stage: { label: 'Stage', format: labelsOf(CASE_STUDY_STAGES) },
  stoppedReason: { label: 'Why it stopped' },
  challenge: { label: 'The challenge' },
  whatWasDone: { label: 'What was done' },
  impact: { label: 'Impact' },
  lessonsLearned: { label: 'Lessons learned' },
  body: { label: 'Anything else' },
  serviceAreas: { label: 'Service areas', format: labelsOf(SERVICE_AREAS) },
  objectives: { label: 'Strategic objectives', format: labelsOf(STRATEGIC_OBJECTIVES) },
  technologies: { label: 'Technologies', format: labelsOf(TECHNOLOGIES) },
  coAuthorCouncilCodes: { label: 'Co-author councils', format: (value) => value },
  startDate: { label: 'Start date', format: date },
  endDate: { label: 'End date', format: date },
  liveSince: { label: 'Live since', format: date },
  investmentPence: { label: 'Investment', format: money },
  runningCostPencePerYear: { label: 'Running cost per year', format: money },
  cashableSavingsPencePerYear: { label: 'Cashable savings', format: money },
  investmentHighPence: { label: 'Investment, high end', format: money },
  investmentUpTo: { label: 'Investment is "up to"', format: (value) => value },
  cashableSavingsHighPence: { label: 'Cashable savings, high end', format: money },
  cashableSavingsUpTo: { label: 'Cashable savings are "up to"', format: (value) => value },
  cashableSavingsOver: { label: 'Savings per year or over the period', format: (value) => value },
  savingsPeriodYears: { label: 'Savings period, years', format: (value) => value },
  savingsPeriodYearsTo: { label: 'Savings period, up to years', format: (value) => value },
  projectType: { label: 'Project type', format: (value) => value },
  figuresBasis: { label: 'Forecast or actual', format: (value) => value },
  hoursSavedPerYear: { label: 'Hours saved per year', format: (value) => value },
  nonCashableBenefits: { label: 'Other benefits' },
  residentsAffected: { label: 'Residents or cases affected', format: (value) => value },
  evidenceLevel: { label: 'Evidence level', format: labelsOf(EVIDENCE_LEVELS) },
  licence: { label: 'Licence', format: licence },
  sourceUrl: { label: 'Source' },
  contactName: { label: 'Contact name' },
  contactEmail: { label: 'Contact email' },
};

const isKind = (kind: string): kind is ChangedLine['kind'] =>
  kind === 'same' || kind === 'added' || kind === 'removed';

/**
 * A changed field for people: its label, and its lines. Short values
 * (money, dates, tags) are shown formatted, the old one removed and the new
 * one added; text shows the API's line-by-line diff.
 */
export function describeChange(change: FieldChangeSource): DescribedChange {
  const known = FIELDS[change.field];
  const label = known?.label ?? change.field;
  if (known?.format) {
    const lines: ChangedLine[] = [];
    if (change.before) lines.push({ kind: 'removed', text: known.format(change.before) });
    if (change.after) lines.push({ kind: 'added', text: known.format(change.after) });
    return { field: change.field, label, lines };
  }
  return {
    field: change.field,
    label,
    lines: change.lines.map((line) => ({
      kind: isKind(line.kind) ? line.kind : 'same',
      text: line.text,
    })),
  };
}
