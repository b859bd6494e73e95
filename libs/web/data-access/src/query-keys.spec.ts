import { QueryClient } from '@tanstack/react-query';
import { getOperationAST, parse } from 'graphql';

import * as generated from './generated/graphql';
import { invalidateQueries, queryKey, QueryKeys, type QueryName, StaleAfter } from './query-keys';

/** The names of the generated query documents (the keys they are cached under), read by GraphQL's own parser. */
const generatedQueryNames = Object.values(generated)
  .filter((value) => value instanceof generated.TypedDocumentString)
  .map((document) => getOperationAST(parse(document.toString())))
  .filter((operation) => operation?.operation === 'query')
  .map((operation) => operation?.name?.value);

describe('QueryKeys', () => {
  it('names every query the web runs, and nothing else', () => {
    expect(generatedQueryNames.length).toBeGreaterThan(30);
    expect([...generatedQueryNames].sort()).toEqual(Object.values(QueryKeys).sort());
  });

  it('makes every change stale only names it knows', () => {
    const names = new Set<string>(Object.values(QueryKeys));
    for (const stale of Object.values(StaleAfter)) {
      for (const name of stale) expect(names).toContain(name);
    }
  });
});

describe('invalidateQueries', () => {
  /** A cache holding these keys, all fresh, as after pages have loaded. */
  function cacheWith(keys: readonly (readonly unknown[])[]) {
    const client = new QueryClient();
    for (const key of keys) client.setQueryData(key, { loaded: true });
    const isStale = (key: readonly unknown[]) =>
      client.getQueryCache().find({ queryKey: key, exact: true })?.state.isInvalidated ?? false;
    return { client, isStale };
  }

  it('marks stale the named queries whatever their variables, and no other', async () => {
    const keys = [
      queryKey(QueryKeys.CaseStudy, { id: 'a' }),
      queryKey(QueryKeys.CaseStudy, { id: 'b' }),
      queryKey(QueryKeys.Search, { query: 'waste' }),
      queryKey(QueryKeys.SearchStatus, {}),
      queryKey(QueryKeys.Component, { id: 'a' }),
      queryKey(QueryKeys.Viewer, {}),
    ];
    const { client, isStale } = cacheWith(keys);
    await invalidateQueries(client, [
      QueryKeys.CaseStudy,
      QueryKeys.Search,
      QueryKeys.SearchStatus,
    ]);
    expect(keys.map(isStale)).toEqual([true, true, true, true, false, false]);
  });

  it('leaves the kept key as it is', async () => {
    const kept = queryKey(QueryKeys.CaseStudy, { id: 'a' });
    const other = queryKey(QueryKeys.CaseStudy, { id: 'b' });
    const revisions = queryKey(QueryKeys.CaseStudyRevisions, { id: 'a' });
    const { client, isStale } = cacheWith([kept, other, revisions]);
    await invalidateQueries(client, StaleAfter.caseStudyChange, {
      keep: queryKey(QueryKeys.CaseStudy, { id: 'a' }),
    });
    expect([kept, other, revisions].map(isStale)).toEqual([false, true, true]);
  });

  it.each<[keyof typeof StaleAfter, QueryName, QueryName]>([
    ['caseStudyChange', QueryKeys.SearchFacetCounts, QueryKeys.Component],
    ['coAuthorshipChange', QueryKeys.CouncilInvitations, QueryKeys.CaseStudyRevisions],
    ['componentChange', QueryKeys.ComponentCatalogue, QueryKeys.CaseStudy],
    ['invitationAnswered', QueryKeys.Component, QueryKeys.Search],
    ['procurementGroupChange', QueryKeys.ProcurementGroupWorkspace, QueryKeys.EditProcurementGroup],
  ])('after a %s, refreshes %s but not %s', async (change, refreshed, untouched) => {
    const { client, isStale } = cacheWith([queryKey(refreshed, {}), queryKey(untouched, {})]);
    await invalidateQueries(client, StaleAfter[change]);
    expect(isStale(queryKey(refreshed, {}))).toBe(true);
    expect(isStale(queryKey(untouched, {}))).toBe(false);
  });
});
