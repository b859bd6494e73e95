import type { BusinessCaseFigures, PeerRow } from './business-case.figures';
import type { BusinessCaseRequest } from './business-case.rules';

/** The officer's council, as the register knows it. */
export interface OurCouncil {
  readonly code: string;
  readonly name: string;
  readonly population: number | null;
}

/** Everything a business case shows, before it becomes a page, Markdown or Word. */
export interface BusinessCaseModel {
  readonly request: BusinessCaseRequest;
  /** The case study it started from, when it started from one. */
  readonly chosen: PeerRow | null;
  /** Null for a platform account that belongs to no council: the figures are then not scaled. */
  readonly council: OurCouncil | null;
  readonly figures: BusinessCaseFigures;
  /** The public web address, for absolute links to every source. */
  readonly publicUrl: string;
  /** YYYY-MM-DD. */
  readonly preparedOn: string;
}
