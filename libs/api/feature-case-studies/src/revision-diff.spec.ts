import { diffLines, diffSnapshots } from './revision-diff';

describe('revision diffs', () => {
  it('diffs lines, keeping what stayed', () => {
    expect(diffLines('a\nb\nc', 'a\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(diffLines('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('lists only the fields that changed', () => {
    const changes = diffSnapshots(
      { title: 'Old', summary: 'Same', serviceAreas: ['ADULT_SOCIAL_CARE'], investmentPence: 100 },
      {
        title: 'New',
        summary: 'Same',
        serviceAreas: ['ADULT_SOCIAL_CARE', 'HOUSING'],
        investmentPence: 100,
      },
    );
    expect(changes.map((change) => change.field)).toEqual(['title', 'serviceAreas']);
    expect(changes[1]).toMatchObject({
      before: 'ADULT_SOCIAL_CARE',
      after: 'ADULT_SOCIAL_CARE, HOUSING',
    });
  });
});
