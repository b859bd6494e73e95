// Never "code": that is an MFA or verification code, a secret, not a target.
const TARGET_KEYS = ['id', 'accountId', 'userId', 'councilCode', 'domain'];

// NUL and lone surrogates cannot be stored in text or jsonb: such a value
// would make the audit line itself fail to be written.
const LONE_SURROGATE = /\p{Cs}/u;
const storable = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** The record a mutation acts on, from its arguments (top level, then `input`). */
export function mutationTarget(
  args: Record<string, unknown> | undefined,
): { type: string; id: string } | undefined {
  for (const source of [args, args?.['input']]) {
    if (!source || typeof source !== 'object') continue;
    for (const key of TARGET_KEYS) {
      const value = (source as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.length <= 200 && storable(value)) {
        return { type: key, id: value };
      }
    }
  }
  return undefined;
}
