import { defineSearchIndex, GEOGRAPHY_FACETS } from './search-definition';
import { type SearchSource, SearchSourceRegistry } from './search-source';

const spec = (type: string, name: string, listOrder: number) => ({
  name,
  type,
  label: type,
  listOrder,
  facetOrder: listOrder,
  readers: 'everyone' as const,
  documentVersion: 1,
  facets: [{ attribute: 'stage', label: 'Stage' }, ...GEOGRAPHY_FACETS],
  sorts: { NAME: ['titleSort:asc'] },
  searchable: ['lessons'],
  sortable: ['savings'],
});

const source = (definition: ReturnType<typeof defineSearchIndex>): SearchSource => ({
  definition,
  load: async () => new Map(),
  all: async function* () {},
});

describe('defineSearchIndex', () => {
  it('adds what every index shares around what the feature says', () => {
    const { settings } = defineSearchIndex(spec('thing', 'things', 1));
    expect(settings.searchableAttributes).toEqual([
      'title',
      'summary',
      'lessons',
      'councilName',
      'body',
    ]);
    expect(settings.filterableAttributes).toContain('visibility');
    expect(settings.filterableAttributes).toContain('stage');
    expect(settings.sortableAttributes).toEqual(['publishedAt', 'savings', 'titleSort']);
    expect(settings.pagination).toEqual({ maxTotalHits: 10_000 });
  });

  it('lets a feature replace a shared setting outright', () => {
    const { settings } = defineSearchIndex({
      ...spec('thing', 'things', 1),
      overrides: { rankingRules: ['words'] },
    });
    expect(settings.rankingRules).toEqual(['words']);
    expect(settings.facetSearch).toBe(false);
  });
});

describe('SearchSourceRegistry', () => {
  it('knows each registered definition, listed in order', () => {
    const registry = new SearchSourceRegistry();
    registry.register(source(defineSearchIndex(spec('b', 'bs', 20))));
    registry.register(source(defineSearchIndex(spec('a', 'as', 10))));
    expect(registry.definitions().map((definition) => definition.type)).toEqual(['a', 'b']);
    expect(registry.definition('b')?.name).toBe('bs');
    expect(registry.definition('c')).toBeUndefined();
  });

  it('refuses two types in one index', () => {
    const registry = new SearchSourceRegistry();
    registry.register(source(defineSearchIndex(spec('a', 'shared', 10))));
    expect(() => registry.register(source(defineSearchIndex(spec('b', 'shared', 20))))).toThrow(
      /"shared" is registered for both "a" and "b"/,
    );
  });
});
