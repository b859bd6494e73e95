import type { EntityManager } from 'typeorm';

/** A supplier awarded a public contract, as the notice published it. */
export interface AwardedSupplier {
  name: string;
  /** From the release's GB-COH identifier, as published (not yet normalised). */
  companiesHouseNumber: string | null;
}

/** A supplier directory entry, as a public contract shows it. */
export interface SupplierDirectoryEntry {
  id: string;
  name: string;
  /** False for an entry made from a public notice that no moderator has checked. */
  verified: boolean;
}

/**
 * The supplier directory as public contracts use it. The suppliers feature
 * provides it; contracts reads it, so neither feature imports the other.
 */
export abstract class SupplierDirectoryLinks {
  /**
   * The directory entry of each awarded supplier, in the order given: by its
   * Companies House number, else by its name when exactly one entry has that
   * name and no different number, else a new unverified entry. Calling it
   * again with the same suppliers gives the same entries and adds none.
   */
  abstract linkContractSuppliers(
    suppliers: AwardedSupplier[],
    manager?: EntityManager,
  ): Promise<string[]>;

  /** The live entries for these ids, following merges, by the id asked for. */
  abstract entries(ids: string[]): Promise<Map<string, SupplierDirectoryEntry>>;

  /** The entry (following merges) and every entry merged into it; empty when there is none. */
  abstract sameSupplier(id: string): Promise<string[]>;
}
