import { problemsFromError, toFormErrors } from './form-errors';

const FIELDS = { name: 'name', jobTitle: 'job-title', email: 'email', password: 'password' };

describe('toFormErrors', () => {
  it('links each field problem to its input, in the order of the form', () => {
    const errors = toFormErrors(
      [
        { field: 'password', message: 'Password must be 8 characters or more' },
        { field: 'email', message: 'Enter your email address' },
        { field: 'jobTitle', message: 'Enter your job title' },
      ],
      FIELDS,
    );
    expect(errors.summary).toEqual([
      { fieldId: 'job-title', message: 'Enter your job title' },
      { fieldId: 'email', message: 'Enter your email address' },
      { fieldId: 'password', message: 'Password must be 8 characters or more' },
    ]);
    expect(errors.byField).toEqual({
      'job-title': 'Enter your job title',
      email: 'Enter your email address',
      password: 'Password must be 8 characters or more',
    });
    expect(errors.hasErrors).toBe(true);
  });

  it('shows only the first problem of a field', () => {
    const errors = toFormErrors(
      [
        { field: 'email', message: 'Enter your email address' },
        { field: 'email', message: 'Something else' },
      ],
      FIELDS,
    );
    expect(errors.summary).toEqual([{ fieldId: 'email', message: 'Enter your email address' }]);
  });

  it('puts problems about the whole form, or a field it does not show, in the summary alone', () => {
    const errors = toFormErrors(
      [
        { message: 'Too many failed attempts.' },
        { field: 'token', message: 'This link has expired.' },
        { field: 'name', message: 'Enter your full name' },
        { message: 'Too many failed attempts.' },
      ],
      FIELDS,
    );
    expect(errors.summary).toEqual([
      { fieldId: 'name', message: 'Enter your full name' },
      { message: 'Too many failed attempts.' },
      { message: 'This link has expired.' },
    ]);
    expect(errors.byField).toEqual({ name: 'Enter your full name' });
  });

  it('has no errors without problems', () => {
    expect(toFormErrors([], FIELDS)).toEqual({ summary: [], byField: {}, hasErrors: false });
  });
});

describe('problemsFromError', () => {
  it('uses the field problems of a validation error', () => {
    expect(
      problemsFromError({
        message: 'Enter your full name. Enter your job title',
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'name', message: 'Enter your full name' },
          { field: 'jobTitle', message: 'Enter your job title' },
        ],
      }),
    ).toEqual([
      { field: 'name', message: 'Enter your full name' },
      { field: 'jobTitle', message: 'Enter your job title' },
    ]);
  });

  it('puts an error whose code is about one field on that field', () => {
    expect(
      problemsFromError(
        { message: 'Enter the 6-digit code', code: 'BAD_MFA_CODE', fields: [] },
        { BAD_MFA_CODE: 'code' },
      ),
    ).toEqual([{ field: 'code', message: 'Enter the 6-digit code' }]);
  });

  it('makes any other error a problem with the whole form', () => {
    expect(
      problemsFromError({ message: 'Too many failed attempts.', code: 'TOO_MANY_ATTEMPTS' }),
    ).toEqual([{ field: undefined, message: 'Too many failed attempts.' }]);
  });
});
