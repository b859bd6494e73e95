import { readFileSync } from 'node:fs';

import { COUNCIL_REGISTER_FILE, parseCouncilRegister } from '@lgx/api/feature-councils';

import { type Random, Weighted } from '../prng';

/** A buyer as a notice publishes it: a name, and sometimes an identifier. */
export interface SyntheticBuyer {
  name: string;
  identifier: { scheme: string; id: string } | null;
}

/** Council departments as notices name them after the council ("... - Children's Services"). */
const DEPARTMENTS = [
  "Children's Services",
  'Adult Social Care',
  'Highways',
  'Waste Management',
  'ICT',
  'Procurement',
  'Public Health',
  'Housing Services',
  'Corporate Property',
];

/** Buyers that are not principal councils, as they appear beside them in the notices. */
const OTHER_BUYERS = [
  'Northumbria Healthcare NHS Foundation Trust',
  'Leeds Teaching Hospitals NHS Trust',
  'NHS Kent and Medway Integrated Care Board',
  'University of Manchester',
  'Sheffield Hallam University',
  'West Yorkshire Police',
  'Avon Fire and Rescue Service',
  'Clarion Housing Association',
  'Places for People Homes Ltd',
  'ESPO',
  'YPO',
  'Crown Commercial Service',
  'Department for Education',
  'Environment Agency',
  'Ministry of Justice',
  'Transport for London',
  'Academies Enterprise Trust',
  'Oasis Community Learning',
];
const PARISHES = ['Little Eaton', 'Histon and Impington', 'Cranleigh', 'Ledbury', 'Wem', 'Otley'];

interface RegisterCouncil {
  code: string;
  gssCode: string | null;
  officialName: string;
  niceName: string;
  nation: string;
  typeCode: string;
}

const SCHEME_OF_NATION: Record<string, string> = {
  England: 'GB-LAE',
  Scotland: 'GB-LAS',
  Wales: 'GB-PLA',
  'Northern Ireland': 'GB-LANI',
};

/**
 * Buyers drawn as notices publish them: current councils of the register, by
 * population (combined authorities at a tenth, as in the search bench), under their official name in the forms notices use (as is, in
 * capitals, with "The", with a department after it), a few with a register
 * code or GSS code; and bodies that are not principal councils.
 */
export class BuyerPicker {
  private readonly councils: Weighted<RegisterCouncil>;

  constructor() {
    const current = parseCouncilRegister(readFileSync(COUNCIL_REGISTER_FILE, 'utf8'))
      .filter((record) => record.isCurrent)
      .sort((a, b) => a.code.localeCompare(b.code));
    // Combined and strategic authorities publish far less than their population suggests.
    this.councils = new Weighted(
      current,
      current.map(
        (record) =>
          (record.population ?? 50_000) * (['COMB', 'SRA'].includes(record.typeCode) ? 0.1 : 1),
      ),
    );
  }

  pick(random: Random): SyntheticBuyer {
    const roll = random.next();
    if (roll < 0.3) return { name: random.pick(OTHER_BUYERS), identifier: null };
    if (roll < 0.35) return { name: `${random.pick(PARISHES)} Parish Council`, identifier: null };
    return this.council(random, this.councils.pick(random));
  }

  private council(random: Random, council: RegisterCouncil): SyntheticBuyer {
    const form = random.next();
    const name =
      form < 0.55
        ? council.officialName
        : form < 0.7
          ? council.officialName.toUpperCase()
          : form < 0.8
            ? `The ${council.officialName}`
            : `${council.officialName} - ${random.pick(DEPARTMENTS)}`;
    const scheme = SCHEME_OF_NATION[council.nation];
    const byCode = random.chance(0.05) && scheme;
    const byGss = !byCode && random.chance(0.05) && council.gssCode;
    const identifier = byCode
      ? { scheme, id: council.code }
      : byGss
        ? { scheme: 'GB-SRS', id: council.gssCode! }
        : null;
    return { name, identifier };
  }
}
