import { ChunkLoadError, featureFor, LAZY_FEATURES, loadChunk } from './feature-routes';

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

describe('loadChunk', () => {
  it('gives what the import gives', async () => {
    await expect(loadChunk(async () => ({ HomePage: 'page' }))).resolves.toEqual({
      HomePage: 'page',
    });
  });

  it('tells a failure to fetch the code from other errors, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const failure = await loadChunk(() => Promise.reject(cause)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChunkLoadError);
    expect((failure as ChunkLoadError).cause).toBe(cause);
    expect((failure as Error).message).not.toContain('Failed to fetch');
  });
});
