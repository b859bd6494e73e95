import type { MemberStatus } from './procurement-group-member.entity';

export interface DemandMember {
  councilCode: string;
  status: MemberStatus;
  estimatedValuePence: number | null;
}

export interface DemandCouncil {
  population: number | null;
  region: string | null;
  nation: string;
}

/** A group's pooled demand, worked out live from its members. */
export interface Demand {
  /** Members that have expressed interest but not committed. */
  interestedCount: number;
  committedCount: number;
  /** Interested and committed. */
  memberCount: number;
  committedValuePence: number;
  /** Residents of every member council (from the register). */
  populationCovered: number;
  /** Residents of the committed councils only. */
  committedPopulation: number;
  /** Regions of member councils (the nation where a council has no region), sorted. */
  regions: string[];
  /** Null when not stated (sample content). */
  minimumCouncils: number | null;
  /** Enough councils have committed for the bid to go ahead; null without a minimum. */
  minimumMet: boolean | null;
}

/** Sums a group's demand; councils missing from the register count with no population. */
export function aggregateDemand(
  members: DemandMember[],
  councils: Map<string, DemandCouncil>,
  minimumCouncils: number | null,
): Demand {
  const active = members.filter((m) => m.status === 'INTERESTED' || m.status === 'COMMITTED');
  const committed = active.filter((m) => m.status === 'COMMITTED');
  const population = (list: DemandMember[]) =>
    list.reduce((sum, m) => sum + (councils.get(m.councilCode)?.population ?? 0), 0);
  const regions = new Set(
    active.flatMap((m) => {
      const council = councils.get(m.councilCode);
      return council ? [council.region ?? council.nation] : [];
    }),
  );
  return {
    interestedCount: active.length - committed.length,
    committedCount: committed.length,
    memberCount: active.length,
    committedValuePence: committed.reduce((sum, m) => sum + (m.estimatedValuePence ?? 0), 0),
    populationCovered: population(active),
    committedPopulation: population(committed),
    regions: [...regions].sort(),
    minimumCouncils,
    minimumMet: minimumCouncils === null ? null : committed.length >= minimumCouncils,
  };
}

/** A total is shown outside the group only when it rests on none or at least this many councils. */
export const MIN_COUNCILS_FOR_SHARED_DEMAND = 3;

/** Demand as one reader may see it: null where a figure is withheld. */
export interface DemandView {
  interestedCount: number | null;
  committedCount: number | null;
  memberCount: number | null;
  committedValuePence: number | null;
  populationCovered: number | null;
  committedPopulation: number | null;
  regions: string[] | null;
  minimumCouncils: number | null;
  minimumMet: boolean | null;
  /** Why figures are missing, for a reader outside the group; null when nothing is withheld. */
  withheldReason: string | null;
}

/** Why a reader outside the group sees no money total and no committed population. */
export const DEMAND_MEMBERS_ONLY_REASON =
  'The committed value and the residents of committed councils are shown to member councils only: a total seen before and after a council commits would give away that council’s confidential figure.';

export const DEMAND_WITHHELD_REASON = `Councils outside the group see its counts only once each of them rests on at least ${MIN_COUNCILS_FOR_SHARED_DEMAND} councils: with fewer, a count would tell one council’s decision. ${DEMAND_MEMBERS_ONLY_REASON}`;

/**
 * What a reader sees of a group's demand. Officers of member councils see it
 * all, as they see each member's commitment. Everyone else (other councils,
 * moderators, platform admins) never sees a money total or the residents of
 * the committed councils: watched over time, the difference between two totals
 * is the figure of the council that just committed, and a sum of public
 * populations tells which members committed. Counts are shown only when the
 * councils they are built from number none or at least three: the committed
 * councils for the committed count and "minimum met", the interested ones for
 * the interested count, and both for the member figures (else member minus
 * committed would give the interested part). The member list shows such
 * readers no one's status or commitment date either (`toGroupMember`).
 */
export function demandForReader(demand: Demand, readerIsMember: boolean): DemandView {
  if (readerIsMember) return { ...demand, withheldReason: null };
  const shareable = (councils: number) =>
    councils === 0 || councils >= MIN_COUNCILS_FOR_SHARED_DEMAND;
  const committed = shareable(demand.committedCount);
  const interested = shareable(demand.interestedCount);
  const members = committed && interested;
  return {
    interestedCount: interested ? demand.interestedCount : null,
    committedCount: committed ? demand.committedCount : null,
    memberCount: members ? demand.memberCount : null,
    committedValuePence: null,
    populationCovered: members ? demand.populationCovered : null,
    committedPopulation: null,
    regions: members ? demand.regions : null,
    minimumCouncils: demand.minimumCouncils,
    minimumMet: committed ? demand.minimumMet : null,
    withheldReason: members ? DEMAND_MEMBERS_ONLY_REASON : DEMAND_WITHHELD_REASON,
  };
}
