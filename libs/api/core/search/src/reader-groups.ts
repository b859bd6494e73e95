import { Injectable } from '@nestjs/common';

/** The ids of the private groups a council belongs to, from the feature that owns them. */
export type GroupMembershipLookup = (councilCode: string) => Promise<string[]>;

/**
 * Where features with private groups (procurement groups) register how to
 * find a council's groups, so search can show 'group' documents to their
 * members without discovery importing those features.
 */
@Injectable()
export class ReaderGroupsRegistry {
  private readonly lookups: GroupMembershipLookup[] = [];

  register(lookup: GroupMembershipLookup): void {
    this.lookups.push(lookup);
  }

  /** Every group the council is a member of; none for a reader without a council. */
  async groupIdsOf(councilCode: string | undefined): Promise<string[]> {
    if (!councilCode) return [];
    const ids = await Promise.all(this.lookups.map((lookup) => lookup(councilCode)));
    return [...new Set(ids.flat())];
  }
}
