import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import type { IdempotencyClaim, MutationInFlight } from './mutation-ledger';

/** What every part of a request may need to know: its id, and who is asking. */
export interface RequestContext {
  requestId: string;
  /** Filled in by the identity middleware once the session is read. */
  actor?: { userId?: string; councilCode?: string; role: string };
  ip?: string;
  /** Audit lines written off the caller's path; the response waits for them. */
  pendingWrites?: Promise<unknown>[];
  /** The mutation field being run, whose audit line goes into its first commit. */
  mutation?: MutationInFlight;
  /** The Idempotency-Key this request's mutation claims. */
  idempotency?: IdempotencyClaim;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The current request's context, if there is one (not in CLIs or start-up work). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Waits for the current request's detached audit lines (see AuditService.recordDetached). */
export async function settlePendingWrites(): Promise<void> {
  const pending = currentRequest()?.pendingWrites;
  if (pending?.length) await Promise.all(pending.splice(0));
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives each request an id (a sane incoming X-Request-Id, or a new UUID),
 * echoes it in the response and makes it available to the audit log.
 */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction) {
  const incoming = request.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  storage.run({ requestId, ip: request.ip }, next);
}
