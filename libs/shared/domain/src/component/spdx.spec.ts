import { checkSpdxExpression, SPDX_LICENCES, spdxLicenceId } from './spdx';

describe('SPDX licences', () => {
  it('knows the current list, including the Open Government Licence', () => {
    expect(SPDX_LICENCES.length).toBeGreaterThan(600);
    expect(spdxLicenceId('OGL-UK-3.0')).toBe('OGL-UK-3.0');
    expect(spdxLicenceId('mit')).toBe('MIT');
    expect(spdxLicenceId('GPL-3.0')).toBeUndefined(); // deprecated
    expect(spdxLicenceId('Made-Up-1.0')).toBeUndefined();
  });

  it.each([
    ['MIT', 'MIT'],
    ['agpl-3.0-or-later', 'AGPL-3.0-or-later'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', '(MIT OR Apache-2.0) AND BSD-3-Clause'],
    [
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
    ],
    ['LicenseRef-Council-Own', 'LicenseRef-Council-Own'],
    ['EUPL-1.1+', 'EUPL-1.1+'],
  ])('accepts %s', (expression, normalised) => {
    expect(checkSpdxExpression(expression)).toEqual({ normalised, problems: [], warnings: [] });
  });

  it('accepts a deprecated identifier with a warning', () => {
    const check = checkSpdxExpression('GPL-3.0');
    expect(check.problems).toEqual([]);
    expect(check.warnings[0]).toMatch(/deprecated.*GPL-3.0-only or GPL-3.0-or-later/);
  });

  it.each([
    ['', /empty/],
    ['Made-Up-1.0', /"Made-Up-1.0" is not an SPDX licence identifier/],
    ['MIT or Apache-2.0', /where AND, OR or the end was expected/],
    ['MIT OR', /ends where a licence identifier was expected/],
    ['(MIT OR Apache-2.0', /not closed/],
    ['MIT)', /without a matching/],
    ['GPL-2.0-or-later WITH Nonsense', /not an SPDX licence exception/],
    ['AND MIT', /"AND" where a licence identifier/],
  ])('refuses %j', (expression, message) => {
    const check = checkSpdxExpression(expression);
    expect(check.normalised).toBeUndefined();
    expect(check.problems[0]).toMatch(message);
  });
});
