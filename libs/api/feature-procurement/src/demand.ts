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
