import { SAMPLE_CASE_STUDIES } from './sample-case-studies';

const FIGURES = ['investment', 'runningCostPerYear', 'cashableSavingsPerYear'] as const;

describe('sample case studies', () => {
  it('carry the figures their sources state, each quoted in the sample’s own words', () => {
    for (const sample of SAMPLE_CASE_STUDIES) {
      const text = [sample.whatWasDone, sample.impact].join(' ');
      for (const figure of FIGURES) {
        const value = sample[figure];
        if (value)
          expect({ title: sample.title, quoted: text.includes(`£${value}`) }).toEqual({
            title: sample.title,
            quoted: true,
          });
      }
    }
  });

  it('gives the Greater Manchester fibre programme its stated investment', () => {
    const fibre = SAMPLE_CASE_STUDIES.find((sample) => sample.leadCouncilCode === 'GMCA')!;
    expect(fibre.investment).toBe('30m');
    expect(fibre.impact).toContain('A £30m programme');
  });
});
