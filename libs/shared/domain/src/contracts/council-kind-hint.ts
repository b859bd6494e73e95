import { comparableName } from './buyer-name';
import { type CouncilRegisterEntry } from './council-name-index';

/** The kinds of council a name says it is ("county", "city", "borough"...). */
interface KindHints {
  county: boolean;
  city: boolean;
  district: boolean;
  londonBorough: boolean;
}

function hintsOf(comparable: string): KindHints {
  const padded = ` ${comparable} `;
  return {
    county: / county (?!borough )/.test(padded),
    city: padded.includes(' city '),
    district:
      / (borough|district|metropolitan) /.test(padded) && !padded.includes(' county borough '),
    londonBorough: padded.includes(' london borough '),
  };
}

const LOWER_TIER = new Set(['NMD', 'MD', 'LBO']);

/**
 * Why a council found by its place name is not the kind the buyer names, or
 * null when they agree: "Derby County Council" is not Derby City Council,
 * "Durham City Council" not Durham County Council. Boroughs that became
 * cities and unitaries that were counties agree.
 */
export function councilHintConflict(
  buyerHead: string,
  council: CouncilRegisterEntry,
): string | null {
  const buyer = hintsOf(buyerHead);
  const official = hintsOf(comparableName(council.officialName));
  const says = (kind: string) => `the buyer names a ${kind} council but the register's is`;
  if (buyer.county && !official.county && (official.city || LOWER_TIER.has(council.councilType))) {
    return says('county');
  }
  if (buyer.city && official.county && !official.city) return says('city');
  if ((buyer.city || buyer.district) && council.councilType === 'CTY') return says('district');
  if (buyer.londonBorough && council.councilType !== 'LBO') return says('London borough');
  return null;
}
