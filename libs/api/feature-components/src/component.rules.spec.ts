import { checkComponent, type ComponentFields, repositoryKey } from './component.rules';

const valid: ComponentFields = {
  name: 'BOPS',
  kind: 'OPEN_SOURCE_SOFTWARE',
  summary: 'Back-office planning system',
  licence: 'mit',
  maturity: 'LIVE',
  url: 'https://github.com/unboxed/bops',
  serviceAreas: ['PLANNING'],
  standards: ['WCAG_2_2_AA'],
  dependencies: [{ name: 'Ordnance Survey Places API', proprietary: true }],
};

describe('component input', () => {
  it('accepts a valid component and normalises its licence', () => {
    expect(checkComponent(valid)).toEqual({ problems: [], licence: 'MIT' });
  });

  it('names every wrong field', () => {
    const { problems } = checkComponent({
      ...valid,
      name: ' ',
      kind: 'GADGET',
      maturity: 'FINISHED',
      licence: 'Made-Up-1.0',
      url: 'javascript:alert(1)',
      serviceAreas: ['BINS'],
      standards: ['ISO-9999'],
      dependencies: [{ name: '', proprietary: false }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'kind',
      'maturity',
      'licence',
      'url',
      'serviceAreas',
      'standards',
      'dependencies',
    ]);
    expect(problems.find((p) => p.field === 'licence')?.message).toMatch(
      /"Made-Up-1.0" is not an SPDX licence identifier/,
    );
  });

  it('makes one repository key however the address is written', () => {
    expect(repositoryKey('https://GitHub.com/unboxed/bops.git')).toBe('github.com/unboxed/bops');
    expect(repositoryKey('https://github.com/unboxed/bops/')).toBe('github.com/unboxed/bops');
    expect(repositoryKey('not a url')).toBeNull();
  });
});

describe('component rules against inherited names (issue 13)', () => {
  it('refuses an inherited name as kind, maturity or taxonomy term', () => {
    const fieldsOf = (extra: Partial<ComponentFields>) =>
      checkComponent({ ...valid, ...extra }).problems.map((p) => p.field);
    for (const name of ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(fieldsOf({ kind: name })).toEqual(['kind']);
      expect(fieldsOf({ maturity: name })).toEqual(['maturity']);
      expect(fieldsOf({ serviceAreas: [name] })).toEqual(['serviceAreas']);
      expect(fieldsOf({ technologies: [name] })).toEqual(['technologies']);
      expect(fieldsOf({ standards: ['WCAG_2_2_AA', name] })).toEqual(['standards']);
    }
  });
});
