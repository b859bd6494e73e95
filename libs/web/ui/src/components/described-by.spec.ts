import { describedBy, errorId, fieldAria, fieldDescribedBy, hintId } from './described-by';

describe('the ids that describe a field', () => {
  it('names the hint and the error message after the field', () => {
    expect(hintId('email')).toBe('email-hint');
    expect(errorId('email')).toBe('email-error');
  });

  it('lists the hint, then the error, and only those the field has', () => {
    expect(fieldDescribedBy('email', {})).toBeUndefined();
    expect(fieldDescribedBy('email', { hint: 'We reply here' })).toBe('email-hint');
    expect(fieldDescribedBy('email', { error: 'Enter an email address' })).toBe('email-error');
    expect(fieldDescribedBy('email', { hint: 'We reply here', error: 'Enter one' })).toBe(
      'email-hint email-error',
    );
    expect(fieldDescribedBy('email', { hint: '', error: '' })).toBeUndefined();
  });

  it('marks the control invalid only while it has an error', () => {
    expect(fieldAria('email', { hint: 'We reply here' })).toEqual({
      'aria-describedby': 'email-hint',
      'aria-invalid': undefined,
    });
    expect(fieldAria('email', { error: 'Enter one' })).toEqual({
      'aria-describedby': 'email-error',
      'aria-invalid': true,
    });
  });

  it('joins any ids, leaving out the missing ones', () => {
    expect(describedBy('a', false, null, undefined, 'b')).toBe('a b');
    expect(describedBy(false)).toBeUndefined();
  });
});
