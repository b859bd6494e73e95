import { createHash } from 'node:crypto';

const PLAIN = /^[A-Za-z0-9-]{1,511}$/;
const HEX = /^_([0-9a-f]{2})+$/;

/**
 * A contract's id in the search index, from its ocid, computed the same way
 * here and by the database's contract_search_id() (migration
 * 1796540000000), which writes it into the search outbox. Meilisearch takes
 * ids of at most 511 bytes of A-Z, a-z, 0-9, "-" and "_", so:
 * - an ocid of letters, digits and hyphens is its own id (almost all are);
 * - any other of up to 255 bytes is "_" and its UTF-8 bytes in hex;
 * - a longer one is "__" and its SHA-256, and is not indexed (not worth a
 *   lookup by hash; no real ocid is that long).
 */
export function contractSearchId(ocid: string): string {
  if (PLAIN.test(ocid)) return ocid;
  const bytes = Buffer.from(ocid, 'utf8');
  if (bytes.length <= 255) return `_${bytes.toString('hex')}`;
  return `__${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The ocid of a contract's search id; null for an id that is not one of a contract to index. */
export function ocidOfSearchId(id: string): string | null {
  if (PLAIN.test(id)) return id;
  if (!HEX.test(id)) return null;
  const ocid = Buffer.from(id.slice(1), 'hex').toString('utf8');
  return contractSearchId(ocid) === id ? ocid : null;
}
