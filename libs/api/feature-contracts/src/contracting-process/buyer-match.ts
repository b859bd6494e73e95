import type { EntityManager } from 'typeorm';

import type { PublishedBuyer } from './contracting-process.rules';

/** Org-id schemes whose identifiers are the register's own local-authority codes. */
const REGISTER_CODE_SCHEMES = new Set(['GB-LAE', 'GB-LAS', 'GB-PLA', 'GB-LANI']);
/** An ONS GSS code: a nation letter and eight digits (E06000015). */
const GSS_CODE = /^[EWSN]\d{8}$/;

interface RegisterKey {
  column: 'code' | 'gss_code';
  value: string;
}

/** The register codes a buyer's identifiers could name, in the order to try them. */
export function registerKeys(buyer: PublishedBuyer): RegisterKey[] {
  return buyer.identifiers.flatMap(({ scheme, id }): RegisterKey[] => {
    const value = id.trim().toUpperCase();
    if (REGISTER_CODE_SCHEMES.has(scheme.toUpperCase())) return [{ column: 'code', value }];
    if (GSS_CODE.test(value)) return [{ column: 'gss_code', value }];
    return [];
  });
}

/**
 * The council a buyer is, or null. For now only by an identifier the register
 * knows exactly (its code under GB-LAE/GB-LAS/GB-PLA/GB-LANI, or a GSS code);
 * matching by name is a later, separate matcher that replaces this function.
 */
export async function matchBuyer(
  buyer: PublishedBuyer,
  manager: EntityManager,
): Promise<string | null> {
  for (const key of registerKeys(buyer)) {
    const rows: { code: string }[] = await manager.query(
      `SELECT code FROM council WHERE ${key.column} = $1`,
      [key.value],
    );
    if (rows[0]) return rows[0].code;
  }
  return null;
}
