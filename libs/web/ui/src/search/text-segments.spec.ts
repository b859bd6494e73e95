import { tidySegments } from './text-segments';

describe('tidySegments', () => {
  it('keeps matches and plain text in order', () => {
    expect(
      tidySegments([
        { text: 'South ', match: false },
        { text: 'Derbyshir', match: true },
        { text: 'e', match: false },
      ]),
    ).toEqual([
      { text: 'South ', match: false },
      { text: 'Derbyshir', match: true },
      { text: 'e', match: false },
    ]);
  });

  it('joins neighbours alike and drops empty pieces', () => {
    expect(
      tidySegments([
        { text: 'Adult ', match: true },
        { text: '', match: false },
        { text: 'social', match: true },
        { text: ' care', match: false },
        { text: ' in Derby', match: false },
      ]),
    ).toEqual([
      { text: 'Adult social', match: true },
      { text: ' care in Derby', match: false },
    ]);
  });

  it('never marks bare white space', () => {
    expect(
      tidySegments([
        { text: 'bins', match: true },
        { text: ' ', match: true },
        { text: 'recycling', match: true },
      ]),
    ).toEqual([
      { text: 'bins', match: true },
      { text: ' ', match: false },
      { text: 'recycling', match: true },
    ]);
  });

  it('falls back to the plain text when there are no pieces', () => {
    expect(tidySegments([], 'Derby')).toEqual([{ text: 'Derby', match: false }]);
    expect(tidySegments([{ text: '', match: true }])).toEqual([]);
  });

  it('keeps markup-like text as text', () => {
    const segments = [{ text: '<img src=x onerror=alert(1)>', match: true }];
    expect(tidySegments(segments)).toEqual(segments);
  });
});
