import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** The header a client sends with a mutation it may resend (the web client's graphql-client.ts). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** How long a key is remembered: a retry comes within seconds; a day covers any reload. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export const IDEMPOTENCY_ERRORS = {
  BAD_IDEMPOTENCY_KEY: {
    code: 'BAD_IDEMPOTENCY_KEY',
    status: 400,
    message:
      'The Idempotency-Key header must be a UUID (such as crypto.randomUUID() makes). Nothing was changed.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    code: 'IDEMPOTENCY_KEY_REUSED',
    status: 422,
    message:
      'This Idempotency-Key was already used for a different change. Send a new key with each new change. Nothing was changed.',
  },
  ALREADY_APPLIED: {
    code: 'ALREADY_APPLIED',
    status: 409,
    message: 'This change was already saved. Reload to see it.',
  },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a header value is a key we accept: one UUID, nothing else. */
export function isIdempotencyKey(value: string): boolean {
  return UUID.test(value);
}

/**
 * Who a key belongs to: the signed-in account. A visitor has no identity to
 * tie a key to, so a visitor's key is checked but not remembered (decision 0074).
 */
export function idempotencyScope(actor: { userId?: string } | undefined): string | undefined {
  return actor?.userId ? `user:${actor.userId}` : undefined;
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** What is stored instead of the key itself: a database reader cannot replay an answer. */
export function keyDigest(key: string): string {
  return sha256(key.toLowerCase());
}

/** A request's fingerprint: a key sent again with a different request is refused. */
export function requestDigest(request: { query?: string; variables?: unknown }): string {
  return sha256(JSON.stringify([request.query ?? '', request.variables ?? null]));
}

function answerKey(key: string, scope: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key.toLowerCase(), scope, 'lgx idempotent answer', 32));
}

/**
 * Seals a stored answer with a key derived from the idempotency key, which
 * only the caller holds: an answer may carry personal data or a one-time
 * secret (recovery codes), and the table alone never reveals it.
 */
export function sealAnswer(answer: unknown, key: string, scope: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', answerKey(key, scope), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
}

/** The answer sealAnswer stored, or undefined when it cannot be opened with this key. */
export function openAnswer<T>(stored: string, key: string, scope: string): T | undefined {
  if (!stored.startsWith('v1.')) return undefined;
  try {
    const bytes = Buffer.from(stored.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', answerKey(key, scope), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
