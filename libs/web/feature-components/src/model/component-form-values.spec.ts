import { readComponentForm } from './component-form-values';

const reader = (values: Record<string, string | string[]>) => ({
  text: (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  },
  all: (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? value : value ? [value] : [];
  },
});

describe('the component form', () => {
  it('reads lists, councils and dependencies, marking proprietary ones', () => {
    const { input, problems } = readComponentForm(
      reader({
        'component-name': ' BOPS ',
        'component-kind': 'OPEN_SOURCE_SOFTWARE',
        'component-summary': 'Planning',
        'component-licence': 'MIT',
        'component-maturity': 'LIVE',
        'component-maintainers': ['swk', 'lbh', 'SWK'],
        'component-service-areas': ['PLANNING'],
        'component-features': 'Validate\n\n Assess ',
        'component-open-dependencies': 'PostgreSQL',
        'component-proprietary-dependencies': 'Ordnance Survey maps',
      }),
    );
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      name: 'BOPS',
      maintainingCouncilCodes: ['SWK', 'LBH'],
      serviceAreas: ['PLANNING'],
      features: ['Validate', 'Assess'],
      url: null,
      dependencies: [
        { name: 'PostgreSQL', proprietary: false },
        { name: 'Ordnance Survey maps', proprietary: true },
      ],
    });
  });

  it('names the required fields that are empty', () => {
    const { problems } = readComponentForm(reader({}));
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'kind',
      'summary',
      'licence',
      'maturity',
    ]);
  });
});
