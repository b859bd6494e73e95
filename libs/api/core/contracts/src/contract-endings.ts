import type { Actor } from '@lgx/api/core/auth';

/** One council contract and when it ends, as the renewal radar sees it. */
export interface ContractEnding {
  councilCode: string;
  /** CPV code of what was bought, with its check digit. */
  cpvCode: string;
  /** ISO date, YYYY-MM-DD. */
  endsOn: string;
  supplierName: string;
}

export interface ContractEndingsQuery {
  /** Contracts in the same CPV division as any of these codes. */
  cpvCodes: string[];
  /** ISO dates, inclusive. */
  endsFrom: string;
  endsTo: string;
  /** Only these councils' contracts, when given. */
  councilCodes?: string[];
  /** Whose eyes: the answer holds only contracts this reader may know of. */
  reader: Actor;
}

/**
 * Contract end dates recorded with supplier experiences, for procurement's
 * renewal radar. Supplier experiences provide it; procurement reads it, so
 * neither feature imports the other.
 *
 * Visibility is the provider's job: a contract is revealed only to officers
 * of its own council, and to other verified officers only when the council
 * chose to be named on that experience and it is published.
 */
export abstract class ContractEndings {
  abstract find(query: ContractEndingsQuery): Promise<ContractEnding[]>;
}
