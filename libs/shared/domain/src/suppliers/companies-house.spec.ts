import { companyNumberProblem, normaliseCompanyNumber } from './companies-house';

describe('Companies House numbers', () => {
  it.each(['01234567', 'SC123456', 'NI012345', 'OC301234', 'SO300001', 'NC000123', 'R0123456'])(
    'accepts %s',
    (value) => expect(companyNumberProblem(value)).toBeUndefined(),
  );

  it.each(['1234567', '123456789', 'XX123456', 'SC12345', 'SC1234567', '', 'SC-12345'])(
    'refuses %p',
    (value) => expect(companyNumberProblem(value)).toMatch(/8 characters/),
  );

  it('normalises case and spaces', () => {
    expect(normaliseCompanyNumber(' sc 123 456 ')).toBe('SC123456');
    expect(companyNumberProblem(' sc123456')).toBeUndefined();
  });
});
