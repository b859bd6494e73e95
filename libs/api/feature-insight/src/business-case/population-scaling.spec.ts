import type { AppraisalInput } from '@lgx/shared/domain';

import {
  centralFigures,
  describeScale,
  populationScale,
  scaleAmount,
  scaleInput,
} from './population-scaling';

const NOTTINGHAM = 332_900;
const DERBY = 257_302;

describe('scaling a peer to our population', () => {
  const derbyToNottingham = populationScale(NOTTINGHAM, DERBY).scale!;

  it('multiplies by our population over theirs, exactly, rounding once to the penny', () => {
    // £1,000,000 × 332,900 / 257,302 = 129,381,038.62…p: whole pence, rounded once.
    expect(scaleAmount({ kind: 'exactly', pence: 100_000_000n }, derbyToNottingham)).toEqual({
      kind: 'exactly',
      pence: 129_381_039n,
    });
    expect(scaleAmount({ kind: 'exactly', pence: 1n }, populationScale(3, 2).scale!)).toEqual({
      kind: 'exactly',
      pence: 2n, // 1.5p rounds to 2p
    });
  });

  it('scales both ends of a range and the ceiling of an "up to", keeping what kind of figure it is', () => {
    const double = populationScale(200, 100).scale!;
    expect(scaleAmount({ kind: 'between', lowPence: 150n, highPence: 200n }, double)).toEqual({
      kind: 'between',
      lowPence: 300n,
      highPence: 400n,
    });
    expect(scaleAmount({ kind: 'up-to', pence: 1_200n }, double)).toEqual({
      kind: 'up-to',
      pence: 2_400n,
    });
    expect(scaleAmount({ kind: 'at-least', pence: 5n }, double)).toEqual({
      kind: 'at-least',
      pence: 10n,
    });
  });

  it('stays exact far beyond what a float holds', () => {
    const big = 9_007_199_254_740_993n; // 2^53 + 1: a float would lose the last penny
    expect(scaleAmount({ kind: 'exactly', pence: big }, populationScale(2, 1).scale!)).toEqual({
      kind: 'exactly',
      pence: big * 2n,
    });
  });

  it('leaves the figures as stated when our population is not known, and says so', () => {
    const reading = populationScale(null, DERBY);
    expect(reading.scale).toEqual({ ourPopulation: 1n, theirPopulation: 1n, scaled: false });
    expect(describeScale(reading.scale!)).toBe('1 (not scaled)');
    expect(scaleAmount({ kind: 'exactly', pence: 123n }, reading.scale!)).toEqual({
      kind: 'exactly',
      pence: 123n,
    });
  });

  it('cannot scale a peer whose population is not known (or is not a positive whole number)', () => {
    for (const missing of [null, undefined, 0, -5, 1.5]) {
      expect(populationScale(NOTTINGHAM, missing).problem).toMatch(
        /population is not in the council register/,
      );
    }
  });

  it('describes the scale to three places', () => {
    expect(describeScale(derbyToNottingham)).toBe('1.294');
    expect(describeScale(populationScale(1, 3).scale!)).toBe('0.333');
  });

  it('reads the central figures of a scaled input: midpoints, and a period total as a yearly saving', () => {
    const derby: AppraisalInput = {
      investment: { kind: 'between', lowPence: 150_000_000n, highPence: 200_000_000n },
      runningCostPerYear: null,
      cashableSavings: { per: 'period', amount: { kind: 'up-to', pence: 1_200_000_000n } },
      period: { kind: 'between', fromYears: 3, toYears: 4 },
      projectType: 'equipment-development',
    };
    const doubled = scaleInput(derby, populationScale(2, 1).scale!);
    expect(centralFigures(doubled)).toEqual({
      investmentPence: 350_000_000n, // midpoint of £3m and £4m
      runningCostPerYearPence: 0n,
      // up to £24m → £12m over 42 months → £3,428,571.43 a year
      cashableSavingsPerYearPence: 342_857_143n,
      periodMonths: 42,
    });
  });
});
