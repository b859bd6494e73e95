import { type CouncilPlace, MIN_COUNCILS } from '../sector-map/sector-map.disclosure';

/**
 * "Councils like mine" (decision 0064): the peer group of a council is made of
 * WHOLE blocks of the sector map's small-number rule (decision 0059), chosen
 * by how alike their councils are to it (type, population band, region), and
 * never includes the council itself. So every peer figure is a sum of whole
 * blocks minus the asking council's own answers, which it knows already:
 * comparing it with any sector map figure singles out no other council.
 */

/** Population bands (upper bounds, exclusive): each roughly twice the last. */
export const POPULATION_BANDS = Object.freeze([
  { below: 100_000, label: 'under 100,000 people' },
  { below: 200_000, label: '100,000 to 199,999 people' },
  { below: 400_000, label: '200,000 to 399,999 people' },
  { below: 800_000, label: '400,000 to 799,999 people' },
  { below: Number.POSITIVE_INFINITY, label: '800,000 people or more' },
] as const);

/** The band's index, or null when the register has no population. */
export function populationBand(population: number | null | undefined): number | null {
  if (population === null || population === undefined || population <= 0) return null;
  return POPULATION_BANDS.findIndex((band) => population < band.below);
}

/** How much each likeness counts towards a block's similarity. */
export const LIKENESS = Object.freeze({ type: 4, band: 2, region: 2, nation: 1 });

/** A council as the grouping sees it: its place and its population. */
export interface PeerPlace extends CouncilPlace {
  population: number | null;
}

/** How alike one council is to the asking council (0 to 8). */
export function likeness(me: PeerPlace, other: PeerPlace): number {
  const myBand = populationBand(me.population);
  const sameRegion =
    me.region !== null &&
    other.region !== null &&
    me.region === other.region &&
    me.nation === other.nation;
  return (
    (other.typeCode === me.typeCode ? LIKENESS.type : 0) +
    (myBand !== null && populationBand(other.population) === myBand ? LIKENESS.band : 0) +
    (sameRegion ? LIKENESS.region : 0) +
    (other.nation === me.nation ? LIKENESS.nation : 0)
  );
}

export const PEERS_SUPPRESSED = Object.freeze({
  TOO_FEW:
    'fewer than 5 other councils have answered in groups that can be shown: no group of similar councils can be shown yet without letting their answers be worked out',
} as const);

export type PeerGroup =
  { peers: string[]; suppressedReason: null } | { peers: null; suppressedReason: string };

/**
 * The peer group of `me`: whole blocks (from `safeBlocks` over every council
 * that answered, the very blocks of the sector map), most alike first, until
 * at least five councils other than `me` are in it. Councils whose maps are
 * published are in no block: each joins on its own, by likeness, since its
 * answers are public (decision 0059, amended 2). The five must be private
 * councils in whole blocks, unless no private council is in the group at all.
 * Where too few alike councils answered, the group widens to less alike
 * blocks, up to the whole sector; otherwise there is no group.
 * Who is in it is never returned: it would tell which councils answered.
 */
export function peerGroup(
  me: PeerPlace,
  places: PeerPlace[],
  blocks: Map<string, number>,
): PeerGroup {
  const units = new Map<string, PeerPlace[]>();
  for (const place of places) {
    const unit = blocks.has(place.code) ? `block ${blocks.get(place.code)}` : place.code;
    units.set(unit, [...(units.get(unit) ?? []), place]);
  }
  const ranked = [...units.values()]
    .map((councils) => {
      const others = councils.filter((place) => place.code !== me.code);
      const score = others.reduce((sum, place) => sum + likeness(me, place), 0);
      return {
        councils,
        others,
        block: blocks.has(councils[0]!.code),
        score: others.length ? score / others.length : 0,
        label: councils.map((place) => place.code).sort()[0] ?? '',
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.councils.length - b.councils.length ||
        a.label.localeCompare(b.label),
    );
  const peers: string[] = [];
  let privatePeers = 0;
  for (const unit of ranked) {
    // A block under five exists only when fewer than five private councils answered at all.
    if (unit.block && unit.councils.length < MIN_COUNCILS) continue;
    peers.push(...unit.others.map((place) => place.code));
    if (unit.block) privatePeers += unit.others.length;
    if (privatePeers >= MIN_COUNCILS || (peers.length >= MIN_COUNCILS && privatePeers === 0))
      return { peers: peers.sort(), suppressedReason: null };
  }
  return { peers: null, suppressedReason: PEERS_SUPPRESSED.TOO_FEW };
}
