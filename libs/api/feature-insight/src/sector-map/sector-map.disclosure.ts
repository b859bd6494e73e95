/**
 * The small-number rule of the sector map (decision 0059): no figure is built
 * from fewer than five councils, under any filter, and no two figures differ
 * by fewer than five councils' answers.
 *
 * The councils that answered are split ONCE, without looking at the filter,
 * into blocks of at least five (or one block of fewer, when fewer than five
 * answered at all). A filter's figure is shown only when its councils are
 * whole blocks and at least five; so every figure shown is a sum over whole
 * blocks and no sum, difference or mix of shown figures can single out fewer
 * than five councils. Blocks follow geography: small groups of one council
 * type are pooled within their region, then their nation, then the whole
 * sector, so region and nation filters stay answerable where they can.
 */
export const MIN_COUNCILS = 5;

export const SUPPRESSED = Object.freeze({
  FEWER_THAN_FIVE: 'fewer than 5 councils answered',
  WOULD_SINGLE_OUT:
    'fewer than 5 councils answered in part of this group: showing it would let their answers be worked out by comparing filters',
} as const);
export type SuppressedReason = (typeof SUPPRESSED)[keyof typeof SUPPRESSED];

/** Below this many councils in a group, a figure of none or all of them is held back. */
export const MIN_COUNCILS_FOR_UNANIMITY = 10;

/** Why one figure is held back although the group is shown (decision 0059, amended). */
export const UNANIMOUS =
  'all or none of fewer than 10 councils: a figure of 0% or 100% would tell each of them how the others answered';

/**
 * Whether a figure counting `count` of the group's `councils` would tell every
 * council in a small group the others' answers: none or all of fewer than ten.
 */
export function tellsEveryone(count: number, councils: number): boolean {
  return councils < MIN_COUNCILS_FOR_UNANIMITY && (count === 0 || count === councils);
}

/** Where a council sits, for the filters. */
export interface CouncilPlace {
  code: string;
  typeCode: string;
  nation: string;
  region: string | null;
}

export interface SectorFilter {
  councilType?: string | null;
  nation?: string | null;
  region?: string | null;
}

export function matchesFilter(place: CouncilPlace, filter: SectorFilter): boolean {
  return (
    (!filter.councilType || place.typeCode === filter.councilType) &&
    (!filter.nation || place.nation === filter.nation) &&
    (!filter.region || place.region?.toLowerCase() === filter.region.toLowerCase())
  );
}

interface Piece {
  members: CouncilPlace[];
  key: CouncilPlace;
}

const LEVELS: ((place: CouncilPlace) => string)[] = [
  (p) => `${p.nation}\u0000${p.region ?? ''}`,
  (p) => p.nation,
  () => '',
];

const bySizeThenKey = (a: Piece, b: Piece) =>
  a.members.length - b.members.length || label(a).localeCompare(label(b));
const label = (piece: Piece) => piece.members.map((m) => m.code).sort()[0] ?? '';

function groupBy(pieces: Piece[], keyOf: (place: CouncilPlace) => string): Map<string, Piece[]> {
  const groups = new Map<string, Piece[]>();
  for (const piece of pieces) {
    const key = keyOf(piece.key);
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  }
  return groups;
}

/**
 * The blocks: each council's block number. Deterministic (it depends only on
 * who answered and where they are, never on the filter or the order given).
 */
export function safeBlocks(places: CouncilPlace[]): Map<string, number> {
  const atoms = groupBy(
    [...places]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((place) => ({ members: [place], key: place })),
    (p) => `${p.nation}\u0000${p.region ?? ''}\u0000${p.typeCode}`,
  );
  let pieces: Piece[] = [...atoms.values()].map((group) => ({
    members: group.flatMap((piece) => piece.members),
    key: group[0]!.key,
  }));
  const big = pieces.filter((piece) => piece.members.length >= MIN_COUNCILS);
  pieces = pieces.filter((piece) => piece.members.length < MIN_COUNCILS);
  for (const keyOf of LEVELS) {
    const small: Piece[] = [];
    for (const [key, group] of groupBy(pieces, keyOf)) {
      const pooled = { members: group.flatMap((piece) => piece.members), key: group[0]!.key };
      if (pooled.members.length >= MIN_COUNCILS) {
        big.push(pooled);
        continue;
      }
      const target = big.filter((piece) => keyOf(piece.key) === key).sort(bySizeThenKey)[0];
      if (target) target.members.push(...pooled.members);
      else small.push(pooled);
    }
    pieces = small;
  }
  const blocks = new Map<string, number>();
  [...big, ...pieces].forEach((piece, index) => {
    for (const member of piece.members) blocks.set(member.code, index);
  });
  return blocks;
}

/**
 * Whether the councils matching the filter may be shown: null if so, else why
 * not. `blocks` comes from `safeBlocks` over ALL councils that answered.
 */
export function suppression(
  places: CouncilPlace[],
  blocks: Map<string, number>,
  filter: SectorFilter,
): SuppressedReason | null {
  const inGroup = places.filter((place) => matchesFilter(place, filter));
  if (inGroup.length < MIN_COUNCILS) return SUPPRESSED.FEWER_THAN_FIVE;
  const size = new Map<number, number>();
  const taken = new Map<number, number>();
  for (const place of places) {
    const block = blocks.get(place.code)!;
    size.set(block, (size.get(block) ?? 0) + 1);
  }
  for (const place of inGroup) {
    const block = blocks.get(place.code)!;
    taken.set(block, (taken.get(block) ?? 0) + 1);
  }
  for (const [block, count] of taken) {
    const whole = size.get(block)!;
    if (count !== whole) return SUPPRESSED.WOULD_SINGLE_OUT;
    if (whole < MIN_COUNCILS) return SUPPRESSED.FEWER_THAN_FIVE;
  }
  return null;
}
