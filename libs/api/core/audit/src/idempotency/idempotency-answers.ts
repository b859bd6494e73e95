import type { GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { UserFacingError } from '@lgx/api/core/graphql';

import { IDEMPOTENCY_ERRORS } from './idempotency-key';

type IdempotencyError = keyof typeof IDEMPOTENCY_ERRORS;

/** The error itself, for a refusal raised before the operation runs (its HTTP status rides along). */
export function idempotencyError(name: IdempotencyError): UserFacingError {
  const { code, message, status } = IDEMPOTENCY_ERRORS[name];
  return new UserFacingError(code, message, { http: { status } });
}

/** What a request whose change another request with the same key already made is told. */
export function alreadyApplied(): UserFacingError {
  const { code, message } = IDEMPOTENCY_ERRORS.ALREADY_APPLIED;
  return new UserFacingError(code, message);
}

/** A whole response carrying one of the idempotency errors, for answers given instead of running. */
export function idempotencyErrorResponse(name: IdempotencyError): GraphQLResponse {
  const { code, message, status } = IDEMPOTENCY_ERRORS[name];
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

/** The answer the first request gave, as stored: the same status and body, marked as a replay. */
export interface StoredAnswer {
  status: number;
  body: Record<string, unknown>;
}

export const REPLAYED_HEADER = 'idempotent-replayed';

export function replayResponse(answer: StoredAnswer): GraphQLResponse {
  return {
    http: { status: answer.status, headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) },
    body: { kind: 'single', singleResult: answer.body },
  };
}
