import { COUNCIL_TYPES, labelOf } from '@lgx/shared/domain';

import { type Random, Weighted } from '../prng';

/** A council from the register, as the generator needs it. */
export interface BenchCouncil {
  code: string;
  name: string;
  typeCode: string;
  nation: string;
  region: string | null;
  population: number | null;
  areaKm2: number | null;
  latitude: number | null;
  longitude: number | null;
  isCurrent: boolean;
}

/** Combined and strategic authorities publish too, but far less than their population suggests. */
const UPPER_TIER = new Set(['COMB', 'SRA']);

/** Current councils, drawn by population: big councils publish more. */
export class CouncilPicker {
  readonly current: BenchCouncil[];
  private readonly weighted: Weighted<BenchCouncil>;

  constructor(councils: BenchCouncil[]) {
    this.current = councils
      .filter((council) => council.isCurrent)
      .sort((a, b) => a.code.localeCompare(b.code));
    if (this.current.length === 0) throw new Error('The council register has no current councils');
    this.weighted = new Weighted(
      this.current,
      this.current.map(
        (council) => (council.population ?? 50_000) * (UPPER_TIER.has(council.typeCode) ? 0.1 : 1),
      ),
    );
  }

  pick(random: Random): BenchCouncil {
    return this.weighted.pick(random);
  }

  /** Other councils, mostly from the same region (partners, co-authors, group members). */
  partners(random: Random, lead: BenchCouncil, count: number): BenchCouncil[] {
    const chosen = new Map<string, BenchCouncil>();
    for (let tries = 0; chosen.size < count && tries < count * 30; tries++) {
      const candidate = this.pick(random);
      const near = candidate.region === lead.region;
      if (candidate.code !== lead.code && (near || random.chance(0.3)))
        chosen.set(candidate.code, candidate);
    }
    return [...chosen.values()];
  }
}

/** The type of council in words: "Unitary authority". */
export const councilTypeLabel = (council: BenchCouncil): string =>
  labelOf(COUNCIL_TYPES, council.typeCode) ?? 'Council';

/** The fields every document has from its lead council ("near" filters on councilCode). */
export function leadCouncilFields(council: BenchCouncil) {
  return {
    councilCode: council.code,
    councilName: council.name,
    nation: council.nation,
    region: council.region ?? undefined,
    councilType: council.typeCode,
  };
}
