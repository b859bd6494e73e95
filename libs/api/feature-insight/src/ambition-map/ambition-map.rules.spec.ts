import { checkAmbitionObjective } from './ambition-map.rules';

const problemsOf = (result: ReturnType<typeof checkAmbitionObjective>) =>
  'problems' in result ? result.problems : [];

describe('checkAmbitionObjective', () => {
  it('keeps answered cells, drops empty ones, and sorts and de-duplicates barriers', () => {
    const result = checkAmbitionObjective({
      objective: 'EFFICIENCY',
      importance: 4,
      cells: [
        { technology: 'AI', potential: 'HIGH', barriers: ['SKILLS', 'DATA', 'SKILLS'] },
        { technology: 'CLOUD' },
      ],
    });
    expect(result).toEqual({
      value: {
        objective: 'EFFICIENCY',
        importance: 4,
        cells: [
          {
            index: 0,
            technology: 'AI',
            potential: 'HIGH',
            plan: null,
            barriers: ['DATA', 'SKILLS'],
            readiness: null,
            evidence: null,
          },
        ],
      },
    });
  });

  it.each([0, 6, 2.5, -1])('refuses importance %p, naming the field', (importance) => {
    expect(
      problemsOf(checkAmbitionObjective({ objective: 'NET_ZERO', importance, cells: [] })),
    ).toEqual([{ field: 'importance', message: 'Choose how important Net zero is, from 1 to 5' }]);
  });

  it.each(['PILOTING', 'LIVE'] as const)('needs evidence for %s, and only then', (plan) => {
    expect(
      problemsOf(
        checkAmbitionObjective({ objective: 'EFFICIENCY', cells: [{ technology: 'AI', plan }] }),
      ),
    ).toEqual([
      {
        field: 'cells[0].evidence',
        message: expect.stringContaining(
          'AI and machine learning: piloting or live needs evidence',
        ),
      },
    ]);
    for (const other of ['NONE', 'EXPLORING', 'PLANNED_WITHIN_FIVE_YEARS'] as const)
      expect(
        problemsOf(
          checkAmbitionObjective({
            objective: 'EFFICIENCY',
            cells: [{ technology: 'AI', plan: other }],
          }),
        ),
      ).toEqual([]);
  });

  it('refuses a technology answered twice', () => {
    expect(
      problemsOf(
        checkAmbitionObjective({
          objective: 'EFFICIENCY',
          cells: [
            { technology: 'GIS', potential: 'SOME' },
            { technology: 'GIS', potential: 'HIGH' },
          ],
        }),
      ).map((problem) => problem.field),
    ).toEqual(['cells[1].technology']);
  });
});
