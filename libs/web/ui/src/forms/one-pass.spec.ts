import { inputToCheck, mergeProblems } from './one-pass';

describe('mergeProblems', () => {
  it("keeps the page's problems and adds the API's about other fields and the form", () => {
    expect(
      mergeProblems(
        [{ field: 'startDate', message: 'Start date must be a real date' }],
        [
          { field: 'title', message: 'Enter a title' },
          { field: 'startDate', message: 'Enter the start date as a real date, like 2024-04-01' },
          { message: 'Something about the whole form' },
        ],
      ),
    ).toEqual([
      { field: 'startDate', message: 'Start date must be a real date' },
      { field: 'title', message: 'Enter a title' },
      { message: 'Something about the whole form' },
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
