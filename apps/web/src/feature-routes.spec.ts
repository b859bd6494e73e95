import { featureFor, LAZY_FEATURES } from './feature-routes';

const sectionsOf = (path: string) => featureFor(path)?.sections[0];

describe('featureFor', () => {
  it('finds the feature that answers a path by its first part', () => {
    expect(sectionsOf('/councils')).toBe('councils');
    expect(sectionsOf('/councils/DER?tab=x')).toBe('councils');
    expect(sectionsOf('/council/members')).toBe('create-account');
    expect(sectionsOf('/account/two-factor')).toBe('create-account');
    expect(sectionsOf('/supplier-experiences/123')).toBe('suppliers');
    expect(sectionsOf('/case-studies/new')).toBe('case-studies');
    expect(sectionsOf('/search?q=bins')).toBe('search');
  });

  it('leaves the layout’s own pages, and unknown ones, to the layout', () => {
    expect(featureFor('/')).toBeUndefined();
    expect(featureFor('/no-such-page')).toBeUndefined();
    expect(featureFor('/councilsx')).toBeUndefined();
  });

  it('gives each first part of a path to one feature only', () => {
    const sections = LAZY_FEATURES.flatMap((feature) => feature.sections);
    expect(new Set(sections).size).toBe(sections.length);
  });
});
