import { CPV_CODES, cpvProblem, findCpv, sameCpvDivision } from './cpv';

describe('CPV codes', () => {
  it('lists each code once, in the published format, with a label', () => {
    const codes = CPV_CODES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of CPV_CODES) {
      expect(entry.code).toMatch(/^\d{8}-\d$/);
      expect(entry.label.length).toBeGreaterThan(3);
    }
  });

  it('has every CPV division', () => {
    const divisions = new Set(CPV_CODES.map((entry) => entry.code.slice(0, 2)));
    expect(divisions.size).toBe(45);
  });

  it('finds a code with or without its check digit', () => {
    expect(findCpv('72000000-5')?.label).toMatch(/^IT services/);
    expect(findCpv('72000000')?.code).toBe('72000000-5');
    expect(findCpv(' 90511000-2 ')?.label).toBe('Refuse collection services');
  });

  it('refuses a wrong check digit, an unknown code and a malformed one', () => {
    expect(findCpv('72000000-4')).toBeUndefined();
    expect(findCpv('72000001-5')).toBeUndefined();
    expect(cpvProblem('7200')).toMatch(/eight digits/);
    expect(cpvProblem('72000001-5')).toBe('72000001-5 is not a CPV code LGX knows');
    expect(cpvProblem('72000000-5')).toBeUndefined();
  });

  it('relates codes by division', () => {
    expect(sameCpvDivision('72200000-7', '72500000-0')).toBe(true);
    expect(sameCpvDivision('72200000-7', '48000000-8')).toBe(false);
  });
});
