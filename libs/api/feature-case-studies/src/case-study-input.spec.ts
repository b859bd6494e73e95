import { checkCaseStudy } from './case-study-input';

const valid = {
  title: 'AI for adult social care assessments',
  summary: 'Assessments in seconds, checked by a person.',
  stage: 'PILOT',
};
const fields = (input: object) =>
  checkCaseStudy({ ...valid, ...input }).problems.map((p) => p.field);

describe('checkCaseStudy', () => {
  it('accepts a minimal case study and parses money exactly', () => {
    const { problems, figures } = checkCaseStudy({
      ...valid,
      investment: '£1,500,000',
      runningCostPerYear: '20k',
      cashableSavingsPerYear: '4m',
    });
    expect(problems).toEqual([]);
    expect(figures).toEqual({
      investmentPence: 150_000_000,
      runningCostPencePerYear: 2_000_000,
      cashableSavingsPencePerYear: 400_000_000,
    });
  });

  it('names the field of each problem', () => {
    expect(fields({ investment: '-5' })).toEqual(['investment']);
    expect(checkCaseStudy({ ...valid, investment: '-5' }).problems[0]!.message).toBe(
      'The investment cannot be negative',
    );
    expect(fields({ stage: 'STOPPED' })).toEqual(['stoppedReason']);
    expect(fields({ serviceAreas: ['ADULT_SOCIAL_CARE', 'UNDERWATER_BASKETRY'] })).toEqual([
      'serviceAreas',
    ]);
    expect(fields({ title: 'x'.repeat(5 * 1024 * 1024) })).toEqual(['title']);
    expect(fields({ title: '', summary: '', stage: 'MAYBE' })).toEqual([
      'title',
      'summary',
      'stage',
    ]);
    expect(fields({ startDate: '2024-05-01', endDate: '2024-04-01' })).toEqual(['endDate']);
    expect(fields({ sourceUrl: 'javascript:alert(1)' })).toEqual(['sourceUrl']);
    expect(fields({ hoursSavedPerYear: -3, residentsAffected: 1.5 })).toEqual([
      'hoursSavedPerYear',
      'residentsAffected',
    ]);
    expect(fields({ evidenceLevel: 'VIBES', licence: 'MIT' })).toEqual([
      'licence',
      'evidenceLevel',
    ]);
  });
});
