/** One request of a load run: sent as a POST to the run's origin. */
export interface LoadRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/** A closed-loop load run: `concurrency` clients, each sending the next request when its last one answered. */
export interface LoadJob {
  id: number;
  origin: string;
  /** Taken in turn (each client starts at its own place in the list). */
  requests: LoadRequest[];
  concurrency: number;
  /** The run stops at whichever comes first. */
  maxRequests: number;
  maxSeconds: number;
  timeoutMs: number;
  /** How to tell a good answer: a GraphQL one must carry data and no errors. */
  answer: 'graphql' | 'meilisearch';
}

export interface LoadResult {
  id: number;
  /** Milliseconds, of the requests that succeeded, in the order they finished. */
  latencies: number[];
  /** For each latency, the request's place in the job's list (to break figures down). */
  indices: number[];
  errors: number;
  firstError?: string;
  seconds: number;
}
