import { linkDateBoxes, mergeProblems } from './one-pass';

describe('mergeProblems', () => {
  it('keeps every problem, the form’s own replacing the API’s about the same field', () => {
    expect(
      mergeProblems(
        [{ field: 'start', message: 'The start must include a year' }],
        [
          { field: 'start', message: 'Enter the start' },
          { field: 'title', message: 'Enter a title' },
          { message: 'Try again later' },
        ],
      ),
    ).toEqual([
      { field: 'start', message: 'The start must include a year' },
      { field: 'title', message: 'Enter a title' },
      { message: 'Try again later' },
    ]);
  });
});

describe('linkDateBoxes', () => {
  it('links a date’s error to its first box in error, the day unless told', () => {
    expect(
      linkDateBoxes(
        [
          { fieldId: 'start', message: 'a' },
          { fieldId: 'end', message: 'b' },
          { fieldId: 'title', message: 'c' },
          { message: 'd' },
        ],
        ['start', 'end'],
        { end: ['month', 'year'] },
      ),
    ).toEqual([
      { fieldId: 'start-day', message: 'a' },
      { fieldId: 'end-month', message: 'b' },
      { fieldId: 'title', message: 'c' },
      { message: 'd' },
    ]);
  });
});
