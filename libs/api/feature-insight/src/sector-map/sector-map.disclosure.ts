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
 *
 * Published maps are public (decision 0059, amended 2): subtracting their
 * answers from a figure must not leave fewer than five councils, so blocks
 * and the count of five are over the councils whose maps are NOT published.
 * Published councils join any figure freely (their answers are known), and
 * every figure shown still counts them.
 */
export const MIN_COUNCILS = 5;

export const SUPPRESSED = Object.freeze({
  FEWER_THAN_FIVE: 'fewer than 5 councils answered',
  WOULD_SINGLE_OUT:
    'fewer than 5 councils answered in part of this group: showing it would let their answers be worked out by comparing filters',
} as const);
export type SuppressedReason = (typeof SUPPRESSED)[keyof typeof SUPPRESSED];

/** Below this many private councils in a block, a count near none or all of them is held back. */
export const MIN_COUNCILS_FOR_UNANIMITY = 10;

/** Why one figure is held back although the group is shown (decision 0059, amended). */
export const UNANIMOUS =
  'none, one, all but one or all of fewer than 10 councils with private maps: the figure would tell a council how each of the others answered';

/**
 * Whether a count of `count` out of `councils` PRIVATE councils (a block, or
 * the private part of a group: published answers are public, so everybody
 * can take them off a figure first) would let somebody work out a council's
 * answer. Everybody knows the answers of all of them when the count is 0 or
 * `councils`. A council of the block knows its own answer and takes it off:
 * if it answered yes and the count is 1, every other said no; if it answered
 * no and the count is `councils - 1`, every other said yes. So a count of 0,
 * 1, `councils - 1` or `councils` is held back, under ten private councils
 * (at ten or more such a figure is shown: decision 0059's accepted cost).
 */
export function tellsAnInsider(count: number, councils: number): boolean {
  return (
    councils > 0 && councils < MIN_COUNCILS_FOR_UNANIMITY && (count <= 1 || count >= councils - 1)
  );
}

/** Where a council sits, for the filters, and whether its map is published (public). */
export interface CouncilPlace {
  code: string;
  typeCode: string;
  nation: string;
  region: string | null;
  /** A published map's answers are public; absent means private. */
  published?: boolean;
}

const isPrivate = (place: CouncilPlace) => !place.published;

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
 * The blocks: each PRIVATE council's block number (published councils are in
 * none). Deterministic (it depends only on who answered, where they are and
 * who published, never on the filter or the order given).
 */
export function safeBlocks(places: CouncilPlace[]): Map<string, number> {
  const atoms = groupBy(
    places
      .filter(isPrivate)
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
 * not. `blocks` comes from `safeBlocks` over ALL councils that answered. The
 * group needs five councils, and its private councils must be none (all its
 * answers are public already) or whole blocks and at least five.
 */
export function suppression(
  places: CouncilPlace[],
  blocks: Map<string, number>,
  filter: SectorFilter,
): SuppressedReason | null {
  const inGroup = places.filter((place) => matchesFilter(place, filter));
  if (inGroup.length < MIN_COUNCILS) return SUPPRESSED.FEWER_THAN_FIVE;
  const privateInGroup = inGroup.filter(isPrivate);
  if (privateInGroup.length === 0) return null;
  if (privateInGroup.length < MIN_COUNCILS) return SUPPRESSED.FEWER_THAN_FIVE;
  const size = new Map<number, number>();
  const taken = new Map<number, number>();
  for (const place of places.filter(isPrivate)) {
    const block = blocks.get(place.code)!;
    size.set(block, (size.get(block) ?? 0) + 1);
  }
  for (const place of privateInGroup) {
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
