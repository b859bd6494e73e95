import { randomUUID } from 'node:crypto';

import type { ClusterOfficer } from './cluster-stack';
import { SIMULATED_CLIENT_HEADER } from './nginx';
import { type Latencies, latencyFigures } from './report';

const CREATE = `mutation Create($input: CaseStudyInput!) { createCaseStudy(input: $input) { id title } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;

/** One write the load sent: acknowledged (with the id it got) or not, and why. */
export interface SentWrite {
  title: string;
  requestId: string;
  sentAt: number;
  /** Set when the API answered with the new case study (or, for `appliedEarlier`, after the run). */
  id?: string;
  ackedAt?: number;
  /** Why it was not acknowledged: an HTTP status, a GraphQL code or a network error. */
  failure?: string;
  /** How many times it was sent (more than once after a cut-off answer), with one Idempotency-Key. */
  attempts?: number;
  /** Acknowledged as ALREADY_APPLIED: an earlier attempt saved it but its answer was lost. */
  appliedEarlier?: boolean;
  /** Acknowledged with the answer the first attempt stored (an idempotent replay). */
  replayed?: boolean;
}

/**
 * As the web client does (libs/web/data-access graphql-client.ts): a write cut
 * off by the network or answered 502/503/504 is sent again, the same request
 * with the same Idempotency-Key, after each of these waits.
 */
export const WRITE_RETRY_DELAYS_MS = [300, 1_000];
const RESENT_STATUSES = new Set([502, 503, 504]);

export interface WriteFigures {
  writes: SentWrite[];
  latency: Latencies;
}

/** A signed-in officer of the load: the session cookie and the address it comes from. */
export interface SignedInOfficer extends ClusterOfficer {
  cookie: string;
  client: string;
}

/** Signs each officer in through nginx; each comes from an address of its own. */
export async function signInOfficers(
  url: string,
  officers: readonly ClusterOfficer[],
): Promise<SignedInOfficer[]> {
  return Promise.all(
    officers.map(async (officer, n) => {
      const client = `10.78.0.${n + 1}`;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIMULATED_CLIENT_HEADER]: client },
        body: JSON.stringify({
          query: SIGN_IN,
          variables: { email: officer.email, password: officer.password },
        }),
      });
      const body = (await response.json()) as { data?: { signIn?: { status: string } } };
      const cookie = response.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ');
      if (body.data?.signIn?.status !== 'SIGNED_IN' || !cookie)
        throw new Error(`${officer.email} could not sign in: ${JSON.stringify(body)}`);
      return { ...officer, cookie, client };
    }),
  );
}

/** How one attempt ended: an answer to read, or a cut-off one to send again. */
type Attempt =
  { resend: true; failure: string } | { resend: false; response: Response; text: string };

async function attemptWrite(
  url: string,
  officer: SignedInOfficer,
  write: SentWrite,
  key: string,
): Promise<Attempt> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: officer.cookie,
        'idempotency-key': key,
        'x-request-id': write.requestId,
        [SIMULATED_CLIENT_HEADER]: officer.client,
      },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            title: write.title,
            summary: 'A draft written by the cluster load test, to count writes.',
            stage: 'PILOT',
          },
        },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    if (RESENT_STATUSES.has(response.status))
      return { resend: true, failure: `HTTP ${response.status}` };
    return { resend: false, response, text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { resend: true, failure: `error ${cause ?? (error as Error).name}` };
  }
}

/** Reads the answer: the new case study, ALREADY_APPLIED (saved by an earlier attempt), or a failure. */
function readAnswer(write: SentWrite, response: Response, text: string): void {
  const created = /"createCaseStudy":\{"id":"([^"]+)"/.exec(text)?.[1];
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
  if (response.ok && created && !text.includes('"errors":')) {
    write.id = created;
    write.replayed = response.headers.get('idempotent-replayed') === 'true';
    write.ackedAt = Date.now();
  } else if (code === 'ALREADY_APPLIED') {
    write.appliedEarlier = true;
    write.ackedAt = Date.now();
  } else {
    write.failure = response.ok ? `GraphQL ${code ?? 'error'}` : `HTTP ${response.status}`;
  }
}

/** Sends one write, again with the same key while its answers are cut off, and records how it ended. */
async function sendWrite(url: string, officer: SignedInOfficer, write: SentWrite): Promise<void> {
  const key = randomUUID();
  for (let attempt = 0; ; attempt++) {
    write.attempts = attempt + 1;
    const outcome = await attemptWrite(url, officer, write, key);
    if (!outcome.resend) return readAnswer(write, outcome.response, outcome.text);
    const delay = WRITE_RETRY_DELAYS_MS[attempt];
    if (delay === undefined) {
      write.failure = outcome.failure;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Officers write draft case studies with unique titles, one after another
 * each, until `until`; `onAcknowledged` hears of each write the API confirmed.
 */
export async function runWrites(options: {
  url: string;
  runId: string;
  officers: SignedInOfficer[];
  until: number;
  onAcknowledged: (write: SentWrite) => void;
}): Promise<WriteFigures> {
  const writes: SentWrite[] = [];
  const durations: number[] = [];
  await Promise.all(
    options.officers.map(async (officer) => {
      for (let n = 1; Date.now() < options.until; n++) {
        const key = `${options.runId}-${officer.councilCode}-${n}`;
        const write: SentWrite = {
          title: `Cluster write ${key}`,
          requestId: `cluster-${key}`,
          sentAt: Date.now(),
        };
        writes.push(write);
        await sendWrite(options.url, officer, write);
        durations.push(Date.now() - write.sentAt);
        if (write.id) options.onAcknowledged(write);
      }
    }),
  );
  return { writes, latency: latencyFigures(durations) };
}
