import { appraise } from '@lgx/shared/domain';

import { businessCaseFigures, type PeerRow, wholeYears } from './business-case.figures';

const row = (id: string, population: number | null, figures: Partial<PeerRow> = {}): PeerRow => ({
  id,
  title: `Case ${id}`,
  summary: '',
  challenge: '',
  whatWasDone: '',
  lessonsLearned: '',
  councilName: `Council ${id}`,
  councilPopulation: population,
  figuresBasis: 'FORECAST',
  projectType: 'equipment-development',
  investmentPence: '1000000',
  investmentHighPence: null,
  investmentUpTo: false,
  runningCostPencePerYear: null,
  cashableSavingsPencePerYear: '500000',
  cashableSavingsHighPence: null,
  cashableSavingsUpTo: false,
  cashableSavingsOver: 'YEAR',
  savingsPeriodYears: 4,
  savingsPeriodYearsTo: null,
  ...figures,
});

describe('the economic case from peers', () => {
  it('scales each peer to us and applies the method to the median figures', () => {
    const found = businessCaseFigures(
      [
        row('a', 100_000),
        row('b', 200_000, { investmentPence: '3000000', cashableSavingsPencePerYear: '900000' }),
        row('c', 50_000, { investmentPence: '100000', savingsPeriodYears: 6 }),
      ],
      100_000,
    );
    // At our size: a £10,000 / £5,000 a year; b £15,000 / £4,500; c £2,000 / £10,000.
    expect(found.peers.map((p) => p.central.investmentPence)).toEqual([
      1_000_000n,
      1_500_000n,
      200_000n,
    ]);
    const spreads = found.spreads!;
    expect(spreads.investment.median).toEqual({ value: 1_000_000n, sources: ['a'] });
    expect(spreads.cashableSavingsPerYear.high).toEqual({ value: 1_000_000n, sources: ['c'] });
    const central = appraise({
      investment: { kind: 'exactly', pence: 1_000_000n },
      runningCostPerYear: { kind: 'exactly', pence: 0n },
      cashableSavings: { per: 'year', amount: { kind: 'exactly', pence: 500_000n } },
      period: { kind: 'exactly', years: 4 },
      projectType: 'equipment-development',
    }).appraisal!.central;
    expect(found.economicCase!.central).toEqual(central);
    // Low: most invested (b), least saved (b's £4,500), the less favourable period.
    expect(found.economicCase!.low.figures.investmentPence).toBe(1_500_000n);
    expect(found.economicCase!.low.figures.cashableSavings.pence).toBe(450_000n);
    expect(found.economicCase!.high.figures.investmentPence).toBe(200_000n);
    expect(found.economicCase!.low.adjusted.netPresentValuePence).toBeLessThan(
      found.economicCase!.high.adjusted.netPresentValuePence,
    );
  });

  it('leaves out, with why, a peer without figures or whose population is unknown', () => {
    const found = businessCaseFigures(
      [
        row('a', 100_000),
        row('b', null),
        row('c', 100_000, { savingsPeriodYears: null }),
        row('d', 1, { investmentPence: '10000000000000' }), // £100bn × 100,000 at our size
      ],
      100_000,
    );
    expect(found.peers.map((p) => p.row.id)).toEqual(['a']);
    expect(found.leftOut.map((l) => [l.row.id, l.reason])).toEqual([
      ['b', expect.stringMatching(/population is not in the council register/)],
      ['c', expect.stringMatching(/does not state an investment, a cashable saving and how long/)],
      ['d', expect.stringMatching(/^at your size: The investment cannot be more than £100bn/)],
    ]);
  });

  it('uses every peer as stated when our population is unknown', () => {
    const found = businessCaseFigures([row('a', 100_000), row('b', null)], null);
    expect(found.peers.map((p) => [p.row.id, p.scale.scaled, p.central.investmentPence])).toEqual([
      ['a', false, 1_000_000n],
      ['b', false, 1_000_000n],
    ]);
  });

  it('pre-fills nothing without a usable peer', () => {
    const found = businessCaseFigures([row('a', 100_000, { investmentPence: null })], 5);
    expect(found).toMatchObject({ peers: [], spreads: null, economicCase: null });
  });

  it('takes the project type most peers share, a tie going to the larger optimism bias', () => {
    const outsourcing = { projectType: 'outsourcing' };
    const tie = businessCaseFigures([row('a', 1, outsourcing), row('b', 1)], 1);
    expect(tie.economicCase!.optimismBias.projectType).toBe('equipment-development');
    const most = businessCaseFigures(
      [row('a', 1, outsourcing), row('b', 1, outsourcing), row('c', 1)],
      1,
    );
    expect(most.economicCase!.optimismBias.projectType).toBe('outsourcing');
  });

  it('counts whole years, never under one', () => {
    expect([6, 12, 42, 54, 60].map(wholeYears)).toEqual([1, 1, 3, 4, 5]);
  });
});
