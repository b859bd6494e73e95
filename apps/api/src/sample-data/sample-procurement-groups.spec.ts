import { SAMPLE_PROCUREMENT_GROUPS, sampleGroupProblems } from './sample-procurement-groups';

describe('sample procurement groups', () => {
  const fibre = SAMPLE_PROCUREMENT_GROUPS[0]!;

  it('are valid as groups, apart from the details their source does not state', () => {
    expect(SAMPLE_PROCUREMENT_GROUPS.map(sampleGroupProblems)).toEqual(
      SAMPLE_PROCUREMENT_GROUPS.map(() => []),
    );
  });

  it('say they are sample content and where they come from', () => {
    for (const sample of SAMPLE_PROCUREMENT_GROUPS) {
      expect(sample.need.startsWith('Sample content: written for LGX')).toBe(true);
      expect(sample.sourceUrl).toMatch(/^https:\/\//);
    }
  });

  it('give a value only where the source does: Stockport’s £740,000', () => {
    expect(fibre.members.filter((m) => m.estimatedValuePence !== null)).toEqual([
      { councilCode: 'SKP', estimatedValuePence: 74_000_000 },
    ]);
  });

  it('report what is wrong with a sample, as a group started on LGX would be checked', () => {
    expect(
      sampleGroupProblems({ ...fibre, title: '', cpvCode: '32412000-3', members: [] }),
    ).toEqual([
      'Enter a title',
      expect.stringMatching(/CPV|check digit/i),
      'The lead council must be a member',
    ]);
  });
});
