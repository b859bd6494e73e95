import type { Actor } from '@lgx/api/core/auth';

/** Where a contract ending came from: a public notice, or an officer's supplier experience. */
export type ContractEndingSourceKind = 'PUBLIC_CONTRACT' | 'SUPPLIER_EXPERIENCE';
/** Which date `endsOn` is: the latest possible end with every extension, or the end itself. */
export type ContractEndingBasis = 'LATEST_POSSIBLE_END' | 'CONTRACT_END';
/** How sure the date is, when its source says (public contracts do; experiences are as entered). */
export type ContractEndingCertainty = 'ESTIMATED' | 'EXPECTED' | 'CONFIRMED';

/** A supplier of a contract, with what the radar compares suppliers by. */
export interface ContractEndingSupplier {
  name: string;
  /** Companies House number, when known: compared first when both contracts have one. */
  companiesHouseNumber: string | null;
  /** The normalised name (SQL lgx_supplier_name_key), compared otherwise. */
  nameKey: string;
}

/** One council contract and when it ends, as the renewal radar sees it. */
export interface ContractEnding {
  /** Unique across sources: `ocds:<ocid>` or `experience:<id>`. */
  id: string;
  source: ContractEndingSourceKind;
  councilCode: string;
  /** CPV code of what was bought, with its check digit. */
  cpvCode: string;
  /** ISO date, YYYY-MM-DD: the latest possible end when known, else the end. */
  endsOn: string;
  basis: ContractEndingBasis;
  certainty: ContractEndingCertainty | null;
  /** The first supplier's name, null when none is published. */
  supplierName: string | null;
  suppliers: ContractEndingSupplier[];
  /** Public contracts: the OCDS ocid and the notice's title. */
  ocid: string | null;
  title: string | null;
  /** As stated (numeric text) and its currency, null when not stated. */
  valueAmount: string | null;
  valueCurrency: string | null;
}

export interface ContractEndingsQuery {
  /** Contracts in the same CPV division as any of these codes; any division when not given. */
  cpvCodes?: string[];
  /** ISO dates, inclusive. */
  endsFrom: string;
  endsTo: string;
  /** Only these councils' contracts, when given. */
  councilCodes?: string[];
  /** At most this many, soonest ending first (each source applies it). */
  limit?: number;
  /** Only each council's `perCouncil` ending nearest `to` (ISO date), when given; a source may return more. */
  nearest?: { to: string; perCouncil: number };
  /** Whose eyes: the answer holds only contracts this reader may know of. */
  reader: Actor;
}

export interface ContractPeersQuery {
  /** The contracts to find peers of (one council's). */
  of: ContractEnding[];
  /** Never this council's own contracts. */
  excludeCouncilCode: string;
  /** A peer ends at most this many whole months before or after the contract it is a peer of. */
  withinMonths: number;
  /** The nearest this many of each kind (same division, same supplier) for each contract. */
  perContract: number;
  reader: Actor;
}

/** Another council's contract near one of `of`: same CPV division, same supplier, or both. */
export interface ContractPeer {
  /** The id of the contract in `of` this is a peer of. */
  peerOf: string;
  ending: ContractEnding;
  sameDivision: boolean;
  sameSupplier: boolean;
}

/**
 * One source of contract endings for procurement's renewal radar: supplier
 * experiences give one, public contracts another. Each source registers with
 * ContractEndings when it is made, so no feature imports another.
 *
 * Visibility is the source's job: it answers with only what the reader may know of.
 */
export abstract class ContractEndingSource {
  abstract find(query: ContractEndingsQuery): Promise<ContractEnding[]>;
  abstract findPeers(query: ContractPeersQuery): Promise<ContractPeer[]>;
}
