import {
  PIPELINE_AUTHORITY_SPEND_OVER_GBP,
  PIPELINE_CONTRACT_OVER_GBP,
  PLANNED_NOTICE_MIN_DAYS,
  PROCUREMENT_ACT_SOURCES,
  procurementActTiming,
} from '@lgx/shared/domain';

import { formatDay } from './labels';

export interface ProcurementActStep {
  title: string;
  when: string;
  detail: string;
  sources: { label: string; url: string }[];
}

const millions = (pounds: number) => `£${pounds / 1_000_000}m`;

const PIPELINE_DETAIL = {
  OVER_THRESHOLD: `Over ${millions(PIPELINE_CONTRACT_OVER_GBP)}: list it if your council expects to spend over ${millions(PIPELINE_AUTHORITY_SPEND_OVER_GBP)} under relevant contracts in the year.`,
  UNDER_THRESHOLD: `At ${millions(PIPELINE_CONTRACT_OVER_GBP)} or less as published, so a pipeline notice need not list it.`,
  VALUE_UNKNOWN: `Needed for contracts over ${millions(PIPELINE_CONTRACT_OVER_GBP)} if your council expects to spend over ${millions(PIPELINE_AUTHORITY_SPEND_OVER_GBP)} in the year; this contract's value in pounds is not known.`,
} as const;

/** The Procurement Act 2023 steps that follow from a contract's end and value, soonest first. */
export function procurementActSteps(
  endsOn: string,
  value: { amount: string | null; currency: string | null },
): ProcurementActStep[] {
  const timing = procurementActTiming(endsOn, value);
  return [
    {
      title: 'Pipeline notice',
      when: `by ${formatDay(timing.pipelineNoticeBy)} (financial year from ${formatDay(timing.pipelineYearStarts)})`,
      detail: PIPELINE_DETAIL[timing.pipeline],
      sources: [
        PROCUREMENT_ACT_SOURCES.pipelineNotice,
        PROCUREMENT_ACT_SOURCES.pipelineNoticeContent,
      ],
    },
    {
      title: 'Planned procurement notice',
      when: `from ${formatDay(timing.plannedNoticeFrom)} to ${formatDay(timing.plannedNoticeTo)}`,
      detail: `Optional. Published at least ${PLANNED_NOTICE_MIN_DAYS} days and at most 12 months before the tender notice, it lets the tendering period be shortened.`,
      sources: [
        PROCUREMENT_ACT_SOURCES.plannedProcurementNotice,
        PROCUREMENT_ACT_SOURCES.tenderingPeriod,
        PROCUREMENT_ACT_SOURCES.plannedProcurementNoticeContent,
      ],
    },
    {
      title: 'Tender notice',
      when: `by ${formatDay(timing.tenderNoticeBy)}`,
      detail: `Assumes ${timing.leadMonths} months from tender notice to the contract's end, for tendering, evaluation, award and standstill, and handover.`,
      sources: [],
    },
  ];
}
