import type { Money } from '@lgx/api/core/graphql';
import {
  type AppraisalScenario,
  formatPence,
  formatRatio,
  hasMeasuredFigures,
  labelOf,
  OPTIMISM_BIAS_GUIDELINES,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { EconomicCase, PeerRow, PeerSpreads } from './business-case.figures';
import type { BusinessCaseModel } from './business-case.model';
import type {
  BusinessCase,
  BusinessCasePeer,
  BusinessCasePoint,
  BusinessCaseReading,
  BusinessCaseSource,
  BusinessCaseSpread,
} from './business-case.object';
import type { Sourced, Spread } from './peer-spread';
import { describeScale } from './population-scaling';

/** The public page describing the appraisal method. */
const METHOD_PATH = '/appraisal-method';

const money = (pence: bigint): Money => ({
  pence: pence.toString(),
  formatted: formatPence(Number(pence)),
});

/** "42 months" → "3.5 years"; whole years without a point. */
export function describeMonths(months: number): string {
  const years = Math.round((months / 12) * 100) / 100;
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'council';

function scalingNote(model: BusinessCaseModel): string {
  const { council } = model;
  if (!council) {
    return 'Your account belongs to no council, so the figures are shown as each council stated them, not scaled.';
  }
  if (council.population === null) {
    return `${council.name}'s population is not in the council register, so the figures are shown as each council stated them, not scaled to your size.`;
  }
  return `Each figure is scaled to ${council.name}'s population (${council.population.toLocaleString('en-GB')}): the case study's figure × ${council.population.toLocaleString('en-GB')} ÷ its council's population, rounded once to the penny.`;
}

/** Which peers' figures were used, for the page and the documents. */
export function figuresNote(measuredOnly: boolean): string {
  return measuredOnly
    ? 'Only measured figures: the peers are published case studies whose councils measured actual figures and state an investment, a cashable saving and how long it lasts. Forecasts are left out.'
    : 'All figures: the peers’ figures are forecasts and measured actuals alike; each peer says which.';
}

/** Builds the views that need the case studies' addresses. */
export function businessCaseView(model: BusinessCaseModel): BusinessCase {
  const rows = new Map<string, PeerRow>(model.figures.peers.map((peer) => [peer.row.id, peer.row]));
  const source = (row: Pick<PeerRow, 'id' | 'title'>): BusinessCaseSource => ({
    caseStudyId: row.id,
    title: row.title,
    url: `${model.publicUrl}/case-studies/${row.id}`,
  });
  const sources = (ids: readonly string[]) => ids.map((id) => source(rows.get(id)!));
  const { request, figures, council } = model;
  const subject =
    request.kind === 'case-study'
      ? `peers of “${model.chosen!.title}”`
      : `${labelOf(STRATEGIC_OBJECTIVES, request.objective)} with ${labelOf(TECHNOLOGIES, request.technology)}`;
  const bias = figures.economicCase?.optimismBias;
  return {
    title: `Our business case from ${subject}${request.measuredOnly ? ', measured figures only' : ''}`,
    startedFrom: model.chosen ? source(model.chosen) : null,
    objective: request.kind === 'cell' ? request.objective : null,
    technology: request.kind === 'cell' ? request.technology : null,
    council,
    scaledByPopulation: figures.peers.some((peer) => peer.scale.scaled),
    scalingNote: scalingNote(model),
    measuredOnly: request.measuredOnly,
    figuresNote: figuresNote(request.measuredOnly),
    methodUrl: `${model.publicUrl}${METHOD_PATH}`,
    optimismBias: bias
      ? {
          label: OPTIMISM_BIAS_GUIDELINES[bias.projectType].label,
          upliftPercent: bias.upliftPercent,
          source: bias.source,
        }
      : null,
    peers: figures.peers.map((peer): BusinessCasePeer => ({
      source: source(peer.row),
      councilName: peer.row.councilName,
      councilPopulation: peer.row.councilPopulation,
      scale: describeScale(peer.scale),
      figuresBasis: hasMeasuredFigures(peer.row) ? 'Actual (measured)' : 'Forecast',
      investment: money(peer.central.investmentPence),
      runningCostPerYear: money(peer.central.runningCostPerYearPence),
      cashableSavingsPerYear: money(peer.central.cashableSavingsPerYearPence),
      period: describeMonths(peer.central.periodMonths),
      netPresentValue: money(peer.appraisal.central.adjusted.netPresentValuePence),
    })),
    leftOut: figures.leftOut.map((left) => ({ source: source(left.row), reason: left.reason })),
    spread: figures.spreads ? spreadRows(figures.spreads, sources) : [],
    readings:
      figures.spreads && figures.economicCase
        ? readingRows(figures.spreads, figures.economicCase, sources)
        : [],
    documentName: `our-business-case-${slug(council?.name ?? 'lgx')}-${model.preparedOn}`,
  };
}

type Sources = (ids: readonly string[]) => BusinessCaseSource[];

function spreadRows(spreads: PeerSpreads, sources: Sources): BusinessCaseSpread[] {
  const row = <T>(
    figure: string,
    spread: Spread<T>,
    point: (value: T) => Omit<BusinessCasePoint, 'sources'>,
  ) => {
    const at = (sourced: Sourced<T>) => ({
      ...point(sourced.value),
      sources: sources(sourced.sources),
    });
    return {
      figure,
      n: spread.n,
      low: at(spread.low),
      median: at(spread.median),
      high: at(spread.high),
    };
  };
  const pence = (value: bigint) => ({ text: formatPence(Number(value)), pence: value.toString() });
  return [
    row('Investment', spreads.investment, pence),
    row('Running cost a year', spreads.runningCostPerYear, pence),
    row('Cashable saving a year', spreads.cashableSavingsPerYear, pence),
    row('How long the savings last', spreads.periodMonths, (months) => ({
      text: describeMonths(months),
      pence: null,
    })),
    row('Net present value after optimism bias (each peer’s own)', spreads.netPresentValue, pence),
  ];
}

const READINGS = [
  [
    'Low',
    'low',
    'The peers’ highest investment and running cost, lowest saving; the less favourable period.',
  ],
  [
    'Central',
    'central',
    'The peers’ median of each figure; the median period in whole years (a half year is left out).',
  ],
  [
    'High',
    'high',
    'The peers’ lowest investment and running cost, highest saving; the more favourable period.',
  ],
] as const;

function readingRows(
  spreads: PeerSpreads,
  economic: EconomicCase,
  sources: Sources,
): BusinessCaseReading[] {
  return READINGS.map(([reading, key, description]) => {
    const scenario: AppraisalScenario = economic[key];
    const [costs, savings] =
      key === 'low'
        ? (['high', 'low'] as const)
        : key === 'high'
          ? (['low', 'high'] as const)
          : (['median', 'median'] as const);
    const ids = [
      ...spreads.investment[costs].sources,
      ...spreads.runningCostPerYear[costs].sources,
      ...spreads.cashableSavingsPerYear[savings].sources,
      ...(key === 'central'
        ? spreads.periodMonths.median.sources
        : [...spreads.periodMonths.low.sources, ...spreads.periodMonths.high.sources]),
    ];
    const { figures, unadjusted, adjusted } = scenario;
    return {
      reading,
      description,
      investment: money(figures.investmentPence),
      runningCostPerYear: money(figures.runningCostPerYearPence),
      cashableSavingsPerYear: money(figures.cashableSavings.pence),
      periodYears: figures.periodMonths / 12,
      netPresentValueUnadjusted: money(unadjusted.netPresentValuePence),
      netPresentValue: money(adjusted.netPresentValuePence),
      benefitCostRatio: adjusted.benefitCostRatio
        ? formatRatio(adjusted.benefitCostRatio, 2)
        : null,
      paybackYear: adjusted.paybackYear,
      sources: sources([...new Set(ids)]),
    };
  });
}
