import {
  attributesToRetrieve,
  type IndexDefinition,
  MATCH_END,
  MATCH_START,
  quote,
  SearchClient,
  SearchSourceRegistry,
  visibilityFilter,
  VISITOR_SCOPE,
} from '@lgx/api/core/search';

import { Random } from '../prng';
import { ms } from '../report/format';
import { latencyStats } from '../report/stats';
import { graphqlBody, graphqlSummary } from '../search/graphql-request';
import type { MixQuery } from '../search/query-mix';
import type { ContractBenchContext, ContractBenchStep } from './contract-bench-steps';
import { keepAlive, timedGraphql } from './graphql-timing';
import { contractIndexUid } from './index-step';

const SEARCHES = 200;
const WARM_UP = 10;
/** One search in this many narrows by a CPV division as well. */
const FACET_EVERY = 3;

/** Contract searches drawn from the words of imported titles and buyers, some with a CPV division. */
async function contractQueries(context: ContractBenchContext, divisions: string[]) {
  const { rows } = await context.db.query<{ title: string; buyer: string | null }>(
    `SELECT title, buyer_name AS buyer FROM contracting_process ORDER BY ocid LIMIT 2000`,
  );
  const words = (text: string | null) =>
    (text ?? '').split(/[^\p{L}]+/u).filter((word) => word.length > 3);
  const titleWords = [...new Set(rows.flatMap((row) => words(row.title)))].sort();
  const buyerWords = [...new Set(rows.flatMap((row) => words(row.buyer)))].sort();
  const random = new Random(`${context.options.seed}/search`);
  return Array.from({ length: WARM_UP + SEARCHES }, (_, at): MixQuery => {
    const query = random.chance(0.3)
      ? random.pick(buyerWords)
      : random.chance(0.3)
        ? `${random.pick(titleWords)} ${random.pick(titleWords)}`
        : random.pick(titleWords);
    const facets =
      at % FACET_EVERY === 0 && divisions.length > 0
        ? [{ attribute: 'cpvDivision', values: [random.pick(divisions)] }]
        : undefined;
    return { kind: facets ? 'facets' : 'words', query, types: ['CONTRACT'], facets };
  });
}

/** A search's milliseconds, total and hit ids. */
interface Timed {
  ms: number;
  total: number;
  ids: string[];
}

/** The search SearchService sends Meilisearch for a visitor's contracts search, sent directly. */
function directSearch(context: ContractBenchContext, definition: IndexDefinition) {
  const index = context.api.app.get(SearchClient).meili.index(contractIndexUid(context));
  return async (entry: MixQuery): Promise<Timed> => {
    const filter = [
      visibilityFilter(VISITOR_SCOPE),
      ...(definition.currentFilter ? [`(${definition.currentFilter})`] : []),
      ...(entry.facets ?? []).map((f) => `${f.attribute} IN [${f.values.map(quote).join(', ')}]`),
    ].join(' AND ');
    const started = performance.now();
    const response = await index.search(entry.query.trim(), {
      attributesToHighlight: ['title', 'summary'],
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
      attributesToCrop: ['summary'],
      cropLength: 40,
      ...definition.queryParams,
      filter,
      attributesToRetrieve: attributesToRetrieve(definition),
      facets: definition.facets.map((facet) => facet.attribute),
      limit: 20,
      offset: 0,
    });
    const ms = performance.now() - started;
    return { ms, total: response.estimatedTotalHits ?? 0, ids: response.hits.map((hit) => hit.id) };
  };
}

/**
 * A visitor's contracts search through LGX (GraphQL search over HTTP, types
 * CONTRACT) against the same search sent straight to Meilisearch with the
 * API's own client, the two interleaved, one request at a time, in one run.
 */
export const contractSearch: ContractBenchStep = {
  name: 'search',
  title: 'Contracts search: GraphQL search against the same search straight to Meilisearch',
  async run(context) {
    const definition = context.api.app.get(SearchSourceRegistry).definition('contract')!;
    const index = context.api.app.get(SearchClient).meili.index(contractIndexUid(context));
    const { facetDistribution } = await index.search('', { facets: ['cpvDivision'], limit: 0 });
    const divisions = Object.keys(facetDistribution?.['cpvDivision'] ?? {}).sort();
    const queries = await contractQueries(context, divisions);
    const direct = directSearch(context, definition);
    const agent = keepAlive();
    const lgx = async (entry: MixQuery): Promise<Timed> => {
      const answer = await timedGraphql(context.api.url, graphqlBody(entry), {}, agent);
      return { ms: answer.ms, ...graphqlSummary(answer.text) };
    };
    const times = { graphql: [] as number[], direct: [] as number[] };
    const differences: string[] = [];
    const started = performance.now();
    for (const [at, entry] of queries.entries()) {
      // Alternate which goes first, so neither always meets a warmer cache.
      let graphql: Timed;
      let straight: Timed;
      if (at % 2 === 0) {
        graphql = await lgx(entry);
        straight = await direct(entry);
      } else {
        straight = await direct(entry);
        graphql = await lgx(entry);
      }
      if (graphql.total !== straight.total || graphql.ids.join() !== straight.ids.join())
        differences.push(`"${entry.query}": ${graphql.total} against ${straight.total} hits`);
      if (at < WARM_UP) continue;
      times.graphql.push(graphql.ms);
      times.direct.push(straight.ms);
    }
    agent.destroy();
    const seconds = (performance.now() - started) / 1000;
    const graphqlStats = latencyStats(times.graphql, seconds, 0);
    const directStats = latencyStats(times.direct, seconds, 0);
    const ratio = graphqlStats.p95 / directStats.p95;
    context.say(
      `  ${SEARCHES} searches each way (1 in ${FACET_EVERY} with a CPV division): LGX p50 ${ms(graphqlStats.p50)} ms, p95 ${ms(graphqlStats.p95)} ms; Meilisearch p50 ${ms(directStats.p50)} ms, p95 ${ms(directStats.p95)} ms; p95 ratio ${ratio.toFixed(2)}×`,
    );
    context.say(
      `  Same answer both ways (total and hits, in order): ${queries.length - differences.length} of ${queries.length}`,
    );
    for (const difference of differences.slice(0, 5)) context.say(`    differs: ${difference}`);
    return {
      searches: SEARCHES,
      sameAnswers: queries.length - differences.length,
      graphql: graphqlStats,
      direct: directStats,
      p95Ratio: ratio,
    };
  },
};
