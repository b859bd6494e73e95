import { companyNumberProblem, normaliseCompanyNumber } from '@lgx/shared/domain';

import { SUPPLIER_LIMITS } from './supplier.rules';

/**
 * A Companies House number as a notice gives it, normalised the way the
 * directory stores it: upper case without spaces or a "GB-COH-" prefix, and
 * the leading zeros that spreadsheets drop put back (1234567 is 01234567).
 * Null when it is not a Companies House number at all: it is then ignored.
 */
export function companiesHouseNumberOf(published: string | null): string | null {
  if (!published) return null;
  let number = normaliseCompanyNumber(published).replace(/^GB-?COH-?/, '');
  if (/^\d{1,7}$/.test(number)) number = number.padStart(8, '0');
  else if (/^[A-Z]{2}\d{1,5}$/.test(number))
    number = number.slice(0, 2) + number.slice(2).padStart(6, '0');
  return companyNumberProblem(number) ? null : number;
}

/** The name a new directory entry takes: the published name, tidied to the directory's limit. */
export function directoryNameOf(published: string): string {
  return published.trim().replace(/\s+/g, ' ').slice(0, SUPPLIER_LIMITS.name).trim();
}

/** A live directory entry, as linking sees it. */
export interface LinkCandidate {
  id: string;
  companyNumber: string | null;
  nameKey: string;
}

/** The directory's live entries by Companies House number and by name key; updated as entries are made. */
export class LinkCandidates {
  private readonly byNumber = new Map<string, string>();
  private readonly byName = new Map<string, LinkCandidate[]>();

  constructor(candidates: LinkCandidate[]) {
    for (const candidate of candidates) this.add(candidate);
  }

  add(candidate: LinkCandidate): void {
    if (candidate.companyNumber) this.byNumber.set(candidate.companyNumber, candidate.id);
    this.byName.set(candidate.nameKey, [...(this.byName.get(candidate.nameKey) ?? []), candidate]);
  }

  /**
   * The entry a supplier is, or null when a new one must be made. By its
   * Companies House number first. By name only when exactly one live entry
   * has that name key (Companies House allows no two live companies the same
   * name by this comparison) and the two numbers, when both are known, agree
   * (they did not, or the number would have matched): two entries of one name
   * or a different number are not guessed between.
   */
  find(companyNumber: string | null, nameKey: string): string | null {
    if (companyNumber) {
      const byNumber = this.byNumber.get(companyNumber);
      if (byNumber) return byNumber;
    }
    const named = this.byName.get(nameKey) ?? [];
    if (named.length !== 1) return null;
    const [only] = named;
    return companyNumber && only!.companyNumber ? null : only!.id;
  }
}
