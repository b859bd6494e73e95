import { isCalendarDate } from '../values/calendar-date';
import { addMonthsIso } from './renewal-radar';

const ACT = 'https://www.legislation.gov.uk/ukpga/2023/54';
const REGULATIONS = 'https://www.legislation.gov.uk/uksi/2024/692';

/** Where each rule comes from, on legislation.gov.uk. */
export const PROCUREMENT_ACT_SOURCES = {
  plannedProcurementNotice: { label: 'Procurement Act 2023, section 15', url: `${ACT}/section/15` },
  tenderingPeriod: { label: 'Procurement Act 2023, section 54', url: `${ACT}/section/54` },
  pipelineNotice: { label: 'Procurement Act 2023, section 93', url: `${ACT}/section/93` },
  plannedProcurementNoticeContent: {
    label: 'Procurement Regulations 2024, regulation 16',
    url: `${REGULATIONS}/regulation/16`,
  },
  pipelineNoticeContent: {
    label: 'Procurement Regulations 2024, regulation 15',
    url: `${REGULATIONS}/regulation/15`,
  },
} as const;

/**
 * LGX's assumption, not the Act's: the tender notice goes out this many months
 * before the contract ends, to allow for tendering, evaluation, the contract
 * award notice and standstill, and mobilising the new contract.
 */
export const PROCUREMENT_LEAD_MONTHS = 9;
/** s.15(3): a qualifying planned procurement notice is at least 40 days, at most 12 months, before the tender notice. */
export const PLANNED_NOTICE_MIN_DAYS = 40;
export const PLANNED_NOTICE_MAX_MONTHS = 12;
/** s.93: contracts of an estimated value over £2 million go in the pipeline notice... */
export const PIPELINE_CONTRACT_OVER_GBP = 2_000_000;
/** ...of an authority expecting to pay over £100 million under relevant contracts in the year. */
export const PIPELINE_AUTHORITY_SPEND_OVER_GBP = 100_000_000;
/** s.93: published within 56 days from the start of the financial year, covering 18 months. */
export const PIPELINE_PUBLISH_WITHIN_DAYS = 56;
export const PIPELINE_REPORTING_MONTHS = 18;

export const PROCUREMENT_ACT_DISCLAIMER =
  'Guidance from the published end date, not legal advice: check the Act, the Regulations and your own procurement rules.';

/** Whether the contract goes in a pipeline notice: over £2m, not, or its value in pounds is not known. */
export type PipelineNoticeNeed = 'OVER_THRESHOLD' | 'UNDER_THRESHOLD' | 'VALUE_UNKNOWN';

export interface ProcurementActTiming {
  endsOn: string;
  leadMonths: number;
  /** The day the tender notice should be out by (endsOn less the lead time). */
  tenderNoticeBy: string;
  /** A planned procurement notice in this window (inclusive) qualifies for the reduced tendering period. */
  plannedNoticeFrom: string;
  plannedNoticeTo: string;
  pipeline: PipelineNoticeNeed;
  /** The first financial year (from 1 April) whose pipeline notice covers the tender notice. */
  pipelineYearStarts: string;
  /** That pipeline notice's last day (56 days from 1 April: 26 May). */
  pipelineNoticeBy: string;
}

const addDaysIso = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The first 1 April whose 18-month pipeline period holds `day`. */
function pipelineYearStart(day: string): string {
  const year = Number(day.slice(0, 4));
  const latest = day >= `${year}-04-01` ? `${year}-04-01` : `${year - 1}-04-01`;
  const earlier = addMonthsIso(latest, -12);
  return day < addMonthsIso(earlier, PIPELINE_REPORTING_MONTHS) ? earlier : latest;
}

function pipelineNeed(amount: string | number | null, currency: string | null): PipelineNoticeNeed {
  const value = amount === null ? Number.NaN : Number(amount);
  if (currency?.trim().toUpperCase() !== 'GBP' || !Number.isFinite(value)) return 'VALUE_UNKNOWN';
  return value > PIPELINE_CONTRACT_OVER_GBP ? 'OVER_THRESHOLD' : 'UNDER_THRESHOLD';
}

/**
 * The Procurement Act 2023 dates that follow from a contract's end, to
 * re-procure it in time: when the tender notice should be out, the window
 * for a planned procurement notice that shortens the tendering period
 * (s.15(3), s.54), and the pipeline notice the contract belongs in if it is
 * over £2m and the council expects to spend over £100m in the year (s.93).
 * Values are compared as published (in pounds only; any other or no currency
 * is "value unknown"). Guidance, not legal advice.
 */
export function procurementActTiming(
  endsOn: string,
  value: { amount: string | number | null; currency: string | null } = {
    amount: null,
    currency: null,
  },
  leadMonths: number = PROCUREMENT_LEAD_MONTHS,
): ProcurementActTiming {
  if (!isCalendarDate(endsOn)) throw new Error(`Not a calendar date: ${endsOn}`);
  const tenderNoticeBy = addMonthsIso(endsOn, -leadMonths);
  const pipelineYearStarts = pipelineYearStart(tenderNoticeBy);
  return {
    endsOn,
    leadMonths,
    tenderNoticeBy,
    plannedNoticeFrom: addMonthsIso(tenderNoticeBy, -PLANNED_NOTICE_MAX_MONTHS),
    plannedNoticeTo: addDaysIso(tenderNoticeBy, -PLANNED_NOTICE_MIN_DAYS),
    pipeline: pipelineNeed(value.amount, value.currency),
    pipelineYearStarts,
    pipelineNoticeBy: addDaysIso(pipelineYearStarts, PIPELINE_PUBLISH_WITHIN_DAYS - 1),
  };
}
