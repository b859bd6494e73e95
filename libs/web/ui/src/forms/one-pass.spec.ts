import { inputToCheck, linkDateBoxes, mergeProblems } from './one-pass';

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

describe('inputToCheck', () => {
  const refusals = { hours: (input: { hours: number | null }) => ({ ...input, hours: -1 }) };

  it('puts a refused value in each field in problem', () => {
    expect(inputToCheck({ hours: null }, [{ field: 'hours', message: 'x' }], refusals)).toEqual({
      hours: -1,
    });
  });

  it('sends the input as it is when there is no problem', () => {
    expect(inputToCheck({ hours: 3 }, [], refusals)).toEqual({ hours: 3 });
  });

  it('is null when a problem has no refused value, so nothing is sent', () => {
    expect(inputToCheck({ hours: 3 }, [{ field: 'other', message: 'x' }], refusals)).toBeNull();
    expect(inputToCheck({ hours: 3 }, [{ message: 'x' }], refusals)).toBeNull();
  });
});
