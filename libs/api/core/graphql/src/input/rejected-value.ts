const MAX_CAUSES = 5;

/**
 * Whether an unexpected error is a store or search engine refusing a value
 * the client sent, rather than a fault of ours: a PostgreSQL data exception
 * (SQLSTATE class 22: a malformed uuid or date, a datetime or number out of
 * range, a byte sequence that is not UTF-8) or a Meilisearch request it calls
 * invalid. The edge checks should catch these first; this is the second line,
 * so such input is answered BAD_USER_INPUT (and still logged), not masked as
 * our failure. Looks along the chain of causes, as both clients wrap.
 */
export function isRejectedValue(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < MAX_CAUSES; depth++) {
    if (typeof current !== 'object') return false;
    const { code, type, driverError, cause } = current as Record<string, unknown>;
    // PostgreSQL's SQLSTATE, on node-postgres' error or TypeORM's QueryFailedError.
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    // Meilisearch's error body: { message, code, type, link }.
    if (type === 'invalid_request' && typeof code === 'string') return true;
    current = driverError ?? cause;
  }
  return false;
}

/** What a person is told when a value of theirs was refused deep down. */
export const REJECTED_VALUE_MESSAGE =
  'A value you sent cannot be used as given: for example a date that does not exist, a number out of range, an id in the wrong form or text that is not valid. Check the values and try again.';
