import { act, renderHook } from '@testing-library/react';

import { useOnePassErrors } from './use-one-pass-errors';

const IDS = { title: 'title', start: 'start' };

describe('useOnePassErrors', () => {
  it('shows what the form found together with the API’s answer, not before it', () => {
    const { result } = renderHook(() => useOnePassErrors(IDS, ['start']));
    act(() =>
      result.current.sending([{ field: 'start', message: 'The start must include a year' }], {
        start: ['year'],
      }),
    );
    expect(result.current.errors.hasErrors).toBe(false);
    act(() =>
      result.current.answer({
        message: 'Check the form',
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'start', message: 'Enter the start' },
          { field: 'title', message: 'Enter a title' },
        ],
      }),
    );
    expect(result.current.errors.summary).toEqual([
      { fieldId: 'title', message: 'Enter a title' },
      { fieldId: 'start-year', message: 'The start must include a year' },
    ]);
    expect(result.current.dateParts).toEqual({ start: ['year'] });
    act(() => result.current.clear());
    expect(result.current.errors.hasErrors).toBe(false);
  });

  it('keeps the same errors while nothing changes, so the summary does not take focus again', () => {
    const { result, rerender } = renderHook(() => useOnePassErrors(IDS));
    act(() => result.current.show([{ field: 'title', message: 'Enter a title' }]));
    const shown = result.current.errors;
    rerender();
    expect(result.current.errors).toBe(shown);
  });
});
