import { describeChange } from './describe-change';

describe('describeChange', () => {
  it('shows money as pounds, the old amount removed and the new one added', () => {
    expect(
      describeChange({
        field: 'investmentPence',
        before: '200000000',
        after: '250000000',
        lines: [
          { kind: 'removed', text: '200000000' },
          { kind: 'added', text: '250000000' },
        ],
      }),
    ).toEqual({
      field: 'investmentPence',
      label: 'Investment',
      lines: [
        { kind: 'removed', text: '£2,000,000' },
        { kind: 'added', text: '£2,500,000' },
      ],
    });
  });

  it('shows taxonomy keys, stages and dates as people read them', () => {
    expect(
      describeChange({
        field: 'serviceAreas',
        before: '',
        after: 'ADULT_SOCIAL_CARE, HOUSING',
        lines: [],
      }).lines,
    ).toEqual([{ kind: 'added', text: 'Adult social care, Housing and homelessness' }]);
    expect(
      describeChange({ field: 'stage', before: 'PILOT', after: 'LIVE', lines: [] }).lines,
    ).toEqual([
      { kind: 'removed', text: 'Pilot' },
      { kind: 'added', text: 'Live' },
    ]);
    expect(
      describeChange({ field: 'startDate', before: '2024-04-01', after: '', lines: [] }),
    ).toEqual({
      field: 'startDate',
      label: 'Start date',
      lines: [{ kind: 'removed', text: '1 April 2024' }],
    });
  });

  it('keeps the line diff of text as the API sent it', () => {
    const lines = [
      { kind: 'same', text: 'Waits fell.' },
      { kind: 'removed', text: 'By half.' },
      { kind: 'added', text: 'By two thirds.' },
    ];
    expect(describeChange({ field: 'impact', before: 'x', after: 'y', lines })).toEqual({
      field: 'impact',
      label: 'Impact',
      lines,
    });
  });

  it('names a field it does not know by its API name', () => {
    expect(describeChange({ field: 'newThing', before: '', after: 'a', lines: [] }).label).toBe(
      'newThing',
    );
  });
});
