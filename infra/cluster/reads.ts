import autocannon from 'autocannon';

import { SIMULATED_CLIENT_HEADER } from './nginx';
import { type Latencies, latencyFigures } from './report';

/** What the reads ask for: published case studies, search words, and whether pages are served. */
export interface ReadTargets {
  caseStudyIds: string[];
  searchWords: string[];
  /** The web app is built, so /case-studies/<id> is a page. */
  pages: boolean;
}

export interface ReadFigures {
  requests: number;
  /** Answered 2xx without GraphQL errors. */
  ok: number;
  /** Every other outcome, by status, GraphQL code or error. */
  failures: Record<string, number>;
  latency: Latencies;
  requestsPerSecond: number;
}

/** Distinct simulated clients, so the load is many people rather than one address over its limit. */
const CLIENTS = 200;

/** A GraphQL query as a GET (nginx may resend a GET to another process; decision 0068). */
export function graphqlGet(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `/graphql?${params.toString()}`;
}

/** One random read: a search, a case study (query or page), the council register. */
export function randomRead(targets: ReadTargets, pick: (n: number) => number): string {
  const id = targets.caseStudyIds[pick(targets.caseStudyIds.length)]!;
  const word = targets.searchWords[pick(targets.searchWords.length)]!;
  const reads = [
    graphqlGet(
      'query Search($q: String) { search(query: $q, first: 10) { totalCount edges { node { id title type } } } }',
      { q: word },
    ),
    graphqlGet('query Study($id: ID!) { caseStudy(id: $id) { id title summary } }', { id }),
    graphqlGet('{ councils(first: 20) { totalCount edges { node { code } } } }'),
    targets.pages ? `/case-studies/${id}` : graphqlGet('{ __typename }'),
  ];
  return reads[pick(reads.length)]!;
}

/** Whether an answer is a good read: 2xx, and for GraphQL no errors. */
export function readOutcome(status: number, body: string): string {
  if (status < 200 || status > 299) return `HTTP ${status}`;
  if (!body.startsWith('{')) return 'ok';
  const code = /"errors":\[\{.*?"code":"([A-Z_]+)"/.exec(body)?.[1];
  return body.includes('"errors":') ? `GraphQL ${code ?? 'error'}` : 'ok';
}

/** Reads through nginx for `seconds`, from many simulated clients, with autocannon. */
export async function runReads(options: {
  url: string;
  seconds: number;
  connections: number;
  targets: ReadTargets;
}): Promise<ReadFigures> {
  const failures: Record<string, number> = {};
  const durations: number[] = [];
  let ok = 0;
  const pick = (n: number) => Math.floor(Math.random() * n);
  let finish: (error: unknown, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
      timeout: 20,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({
            ...request,
            path: randomRead(options.targets, pick),
            headers: {
              'apollo-require-preflight': 'true',
              [SIMULATED_CLIENT_HEADER]: `10.77.${pick(CLIENTS / 100)}.${pick(100) + 1}`,
            },
          }),
          onResponse: (status, body) => {
            const outcome = readOutcome(status, body);
            if (outcome === 'ok') ok++;
            else failures[outcome] = (failures[outcome] ?? 0) + 1;
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => durations.push(responseTime));
  instance.on('reqError', (error) => {
    const key = `error ${(error as NodeJS.ErrnoException).code ?? error.message}`;
    failures[key] = (failures[key] ?? 0) + 1;
  });
  // A timeout is a reqError too.
  const result = await done;
  return {
    requests: ok + Object.values(failures).reduce((sum, count) => sum + count, 0),
    ok,
    failures,
    latency: latencyFigures(durations),
    requestsPerSecond: result.requests.average,
  };
}
