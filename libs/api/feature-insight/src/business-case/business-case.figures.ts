import {
  type Appraisal,
  type AppraisalInput,
  type AppraisalScenario,
  appraise,
  DIGITAL_PROJECT_TYPE,
  hasMeasuredFigures,
  isOptimismBiasProjectType,
  OPTIMISM_BIAS_GUIDELINES,
  type OptimismBiasApplied,
  type OptimismBiasProjectType,
  type StatedAmount,
  type StatedPeriod,
} from '@lgx/shared/domain';

import { type PeerValue, type Spread, spreadOfMonths, spreadOfPence } from './peer-spread';
import {
  type CentralFigures,
  centralFigures,
  type PopulationScale,
  populationScale,
  scaleInput,
} from './population-scaling';

/** A published case study as read for a business case; pence as PostgreSQL prints bigint. */
export interface PeerRow {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly challenge: string;
  readonly whatWasDone: string;
  readonly lessonsLearned: string;
  readonly councilName: string;
  readonly councilPopulation: number | null;
  readonly figuresBasis: string;
  readonly projectType: string;
  readonly investmentPence: string | null;
  readonly investmentHighPence: string | null;
  readonly investmentUpTo: boolean;
  readonly runningCostPencePerYear: string | null;
  readonly cashableSavingsPencePerYear: string | null;
  readonly cashableSavingsHighPence: string | null;
  readonly cashableSavingsUpTo: boolean;
  readonly cashableSavingsOver: string;
  readonly savingsPeriodYears: number | null;
  readonly savingsPeriodYearsTo: number | null;
}

/** A peer whose figures were scaled to us and appraised. */
export interface Peer {
  readonly row: PeerRow;
  readonly scale: PopulationScale;
  readonly central: CentralFigures;
  readonly appraisal: Appraisal;
}

/** A peer that could not be used, and why, so the officer sees what was left out. */
export interface LeftOutPeer {
  readonly row: PeerRow;
  readonly reason: string;
}

export interface PeerSpreads {
  readonly investment: Spread<bigint>;
  readonly runningCostPerYear: Spread<bigint>;
  readonly cashableSavingsPerYear: Spread<bigint>;
  readonly periodMonths: Spread<number>;
  /** Each peer's own central net present value after optimism bias, at our size. */
  readonly netPresentValue: Spread<bigint>;
}

/** The method applied to the peers' spread: least favourable, median and most favourable. */
export interface EconomicCase {
  readonly optimismBias: OptimismBiasApplied;
  readonly low: AppraisalScenario;
  readonly central: AppraisalScenario;
  readonly high: AppraisalScenario;
}

export interface BusinessCaseFigures {
  readonly peers: readonly Peer[];
  readonly leftOut: readonly LeftOutPeer[];
  readonly spreads: PeerSpreads | null;
  readonly economicCase: EconomicCase | null;
}

function stated(pence: string, highPence: string | null, upTo: boolean): StatedAmount {
  if (upTo) return { kind: 'up-to', pence: BigInt(pence) };
  return highPence === null
    ? { kind: 'exactly', pence: BigInt(pence) }
    : { kind: 'between', lowPence: BigInt(pence), highPence: BigInt(highPence) };
}

/** What the peer states, for the method; null when it gives no investment, saving or period. */
export function peerInput(row: PeerRow): AppraisalInput | null {
  const { investmentPence, cashableSavingsPencePerYear, savingsPeriodYears: from } = row;
  if (investmentPence === null || cashableSavingsPencePerYear === null || from === null)
    return null;
  const to = row.savingsPeriodYearsTo;
  const period: StatedPeriod =
    to === null || to === from
      ? { kind: 'exactly', years: from }
      : { kind: 'between', fromYears: from, toYears: to };
  return {
    investment: stated(investmentPence, row.investmentHighPence, row.investmentUpTo),
    runningCostPerYear:
      row.runningCostPencePerYear === null
        ? null
        : { kind: 'exactly', pence: BigInt(row.runningCostPencePerYear) },
    cashableSavings: {
      per: row.cashableSavingsOver === 'PERIOD' ? 'period' : 'year',
      amount: stated(
        cashableSavingsPencePerYear,
        row.cashableSavingsHighPence,
        row.cashableSavingsUpTo,
      ),
    },
    period,
    projectType: isOptimismBiasProjectType(row.projectType)
      ? row.projectType
      : DIGITAL_PROJECT_TYPE,
  };
}

const NO_FIGURES =
  'it does not state an investment, a cashable saving and how long the saving lasts';

const NOT_MEASURED =
  'only measured figures were asked for, and its figures are not measured: a forecast, or actuals without an investment, a cashable saving and a period';

function readPeer(
  row: PeerRow,
  ourPopulation: number | null,
  measuredOnly: boolean,
): Peer | LeftOutPeer {
  if (measuredOnly && !hasMeasuredFigures(row)) return { row, reason: NOT_MEASURED };
  const input = peerInput(row);
  if (input === null) return { row, reason: NO_FIGURES };
  const reading = populationScale(ourPopulation, row.councilPopulation);
  if (reading.problem !== undefined) return { row, reason: reading.problem };
  const scaled = scaleInput(input, reading.scale);
  const result = appraise(scaled);
  if (result.problems) {
    return { row, reason: `at your size: ${result.problems.map((p) => p.message).join(' ')}` };
  }
  return {
    row,
    scale: reading.scale,
    central: centralFigures(scaled),
    appraisal: result.appraisal,
  };
}

/** The project type most peers share; a tie goes to the larger optimism bias (the prudent side). */
function commonProjectType(peers: readonly Peer[]): OptimismBiasProjectType {
  const counts = new Map<OptimismBiasProjectType, number>();
  for (const peer of peers) {
    const type = peer.appraisal.optimismBias.projectType;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const uplift = (type: OptimismBiasProjectType) =>
    OPTIMISM_BIAS_GUIDELINES[type].cost.upperPercent;
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || uplift(b) - uplift(a));
  return best?.[0] ?? DIGITAL_PROJECT_TYPE;
}

function spreads(peers: readonly Peer[]): PeerSpreads | null {
  const of = <T>(value: (peer: Peer) => T): PeerValue<T>[] =>
    peers.map((peer) => ({ value: value(peer), source: peer.row.id }));
  const investment = spreadOfPence(of((p) => p.central.investmentPence));
  if (investment === null) return null;
  return {
    investment,
    runningCostPerYear: spreadOfPence(of((p) => p.central.runningCostPerYearPence))!,
    cashableSavingsPerYear: spreadOfPence(of((p) => p.central.cashableSavingsPerYearPence))!,
    periodMonths: spreadOfMonths(of((p) => p.central.periodMonths))!,
    netPresentValue: spreadOfPence(of((p) => p.appraisal.central.adjusted.netPresentValuePence))!,
  };
}

/** Whole years for the method, never under one: a median of 3.5 years counts as 3. */
export const wholeYears = (months: number) => Math.max(1, Math.floor(months / 12));

function periodBetween(spread: Spread<number>): StatedPeriod {
  const from = wholeYears(spread.low.value);
  const to = wholeYears(spread.high.value);
  return from === to
    ? { kind: 'exactly', years: from }
    : { kind: 'between', fromYears: from, toYears: to };
}

function economicCase(
  found: PeerSpreads,
  projectType: OptimismBiasProjectType,
): EconomicCase | null {
  const exactly = (pence: bigint): StatedAmount => ({ kind: 'exactly', pence });
  const at = (
    costs: 'low' | 'median' | 'high',
    savings: 'low' | 'median' | 'high',
    period: StatedPeriod,
  ) =>
    appraise({
      investment: exactly(found.investment[costs].value),
      runningCostPerYear: exactly(found.runningCostPerYear[costs].value),
      cashableSavings: {
        per: 'year',
        amount: exactly(found.cashableSavingsPerYear[savings].value),
      },
      period,
      projectType,
    }).appraisal;
  const medianYears = wholeYears(found.periodMonths.median.value);
  const central = at('median', 'median', { kind: 'exactly', years: medianYears });
  const least = at('high', 'low', periodBetween(found.periodMonths));
  const most = at('low', 'high', periodBetween(found.periodMonths));
  if (!central || !least || !most) return null;
  return {
    optimismBias: central.optimismBias,
    low: least.low,
    central: central.central,
    high: most.high,
  };
}

/**
 * The economic case from peers (decision 0065): each published peer scaled to
 * our population and appraised by the method; the lowest, median and highest
 * of each figure across them; and the method applied to the median figures
 * (central) and to the least and most favourable ends of the spread. With
 * `measuredOnly`, a row without measured figures (decision 0075) is left out.
 */
export function businessCaseFigures(
  rows: readonly PeerRow[],
  ourPopulation: number | null,
  measuredOnly = false,
): BusinessCaseFigures {
  const peers: Peer[] = [];
  const leftOut: LeftOutPeer[] = [];
  for (const row of rows) {
    const read = readPeer(row, ourPopulation, measuredOnly);
    if ('reason' in read) leftOut.push(read);
    else peers.push(read);
  }
  const found = spreads(peers);
  return {
    peers,
    leftOut,
    spreads: found,
    economicCase: found ? economicCase(found, commonProjectType(peers)) : null,
  };
}
