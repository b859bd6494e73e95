import { fieldProblemsOf } from './field-problems';

describe('fieldProblemsOf', () => {
  it('reads every problem from extensions.fields', () => {
    const fields = [
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Password must be 8 characters or more' },
    ];
    expect(fieldProblemsOf('Enter your email address. Password ...', { fields })).toEqual(fields);
  });

  it('turns a single extensions.field into one problem with the error message', () => {
    expect(fieldProblemsOf('Enter a domain like derby.gov.uk', { field: 'domain' })).toEqual([
      { field: 'domain', message: 'Enter a domain like derby.gov.uk' },
    ]);
  });

  it('ignores entries that are not field problems', () => {
    expect(
      fieldProblemsOf('x', {
        fields: [{ field: 'name' }, 'nope', null, { field: 'a', message: 'b' }],
      }),
    ).toEqual([{ field: 'a', message: 'b' }]);
  });

  it('gives no problems when the error is not about fields', () => {
    expect(fieldProblemsOf('Sign in to do this.', { code: 'UNAUTHENTICATED' })).toEqual([]);
    expect(fieldProblemsOf('x', undefined)).toEqual([]);
  });
});
