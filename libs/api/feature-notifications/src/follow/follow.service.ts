import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { isUuid } from '@lgx/api/core/graphql';
import { SearchService } from '@lgx/api/core/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { ReaderScopeService } from '../notification/reader-scope.service';
import { FollowEntity } from './follow.entity';
import {
  emptySavedSearch,
  followNotFound,
  followTargetNotFound,
  savedSearchNeedsSearchInput,
  tooManyFollows,
  unknownTopic,
} from './follow.errors';
import type { FollowInput, SavedSearchInput } from './follow.input';
import type { Follow } from './follow.object';
import {
  type DigestFrequency,
  type FollowKind,
  MAX_FOLLOWS_PER_ACCOUNT,
  normaliseSearch,
  type SavedSearch,
  savedSearchKey,
  topicOf,
} from './follow.rules';
import { toFollow } from './follow.view';
import { FollowTargetService } from './follow-target.service';

type TargetKind = Exclude<FollowKind, 'SAVED_SEARCH'>;

/** Follow and unfollow, saved searches, and the digest frequency of each follow. */
@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly targets: FollowTargetService,
    private readonly scopes: ReaderScopeService,
    private readonly search: SearchService,
  ) {}

  /** Follows a council, topic, component, supplier or group; following again changes nothing. */
  async follow(actor: Actor, input: FollowInput): Promise<Follow> {
    await this.policy.authorize(actor, { action: 'follow.manage-own' });
    const kind = targetKind(input.kind);
    const key = targetKeyOf(kind, input.targetId);
    const target = (await this.targets.visible(kind, [key], await this.scopes.ofActor(actor))).get(
      key,
    );
    if (!target) throw followTargetNotFound(kind, input.targetId);
    const entity = await this.save(actor.userId!, { kind, targetKey: key, search: null });
    return toFollow(entity, target);
  }

  /** Saves a search as a follow: new records it finds are told of. Saving it again changes nothing. */
  async saveSearch(actor: Actor, input: SavedSearchInput): Promise<Follow> {
    await this.policy.authorize(actor, { action: 'follow.manage-own' });
    const search = normaliseSearch({
      query: input.query,
      types: input.types.map((type) => type.trim().toLowerCase()),
      facets: input.facets,
    });
    if (!search.query && search.types.length === 0 && search.facets.length === 0)
      throw emptySavedSearch();
    // Run once as the reader: the search's own checks name an unknown type or filter.
    await this.search.run({
      query: search.query,
      types: search.types,
      facetFilters: search.facets,
      limit: 1,
      offset: 0,
      scope: await this.scopes.ofActor(actor),
    });
    const entity = await this.save(actor.userId!, {
      kind: 'SAVED_SEARCH',
      targetKey: savedSearchKey(search),
      search,
    });
    return toFollow(entity, undefined);
  }

  /** Stops following; true when a follow was removed, false when there was none (idempotent). */
  async unfollow(actor: Actor, input: FollowInput): Promise<boolean> {
    await this.policy.authorize(actor, { action: 'follow.manage-own' });
    const key =
      input.kind === 'SAVED_SEARCH' ? input.targetId : targetKeyOf(input.kind, input.targetId);
    const result = await this.dataSource
      .getRepository(FollowEntity)
      .delete({ accountId: actor.userId!, kind: input.kind, targetKey: key });
    return (result.affected ?? 0) > 0;
  }

  async setDigest(actor: Actor, followId: string, digest: DigestFrequency): Promise<Follow> {
    const repository = this.dataSource.getRepository(FollowEntity);
    const entity = isUuid(followId) ? await repository.findOneBy({ id: followId }) : null;
    // Someone else's follow is as unknown as a missing one.
    if (
      !entity ||
      !this.policy.can(actor, { action: 'follow.change', ownerAccountId: entity.accountId })
    )
      throw followNotFound();
    entity.digest = digest;
    await repository.update({ id: entity.id }, { digest });
    return (await this.named(actor, [entity]))[0]!;
  }

  /** Everything the account follows, newest first, named as it may see each now. */
  async list(actor: Actor): Promise<Follow[]> {
    await this.policy.authorize(actor, { action: 'follow.manage-own' });
    const follows = await this.dataSource.getRepository(FollowEntity).find({
      where: { accountId: actor.userId! },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: MAX_FOLLOWS_PER_ACCOUNT,
    });
    return this.named(actor, follows);
  }

  private async named(actor: Actor, follows: FollowEntity[]): Promise<Follow[]> {
    const scope = await this.scopes.ofActor(actor);
    const byKind = new Map<TargetKind, string[]>();
    for (const follow of follows)
      if (follow.kind !== 'SAVED_SEARCH')
        byKind.set(follow.kind, [...(byKind.get(follow.kind) ?? []), follow.targetKey]);
    const named = new Map<string, Awaited<ReturnType<FollowTargetService['visible']>>>();
    for (const [kind, keys] of byKind)
      named.set(kind, await this.targets.visible(kind, keys, scope));
    return follows.map((follow) =>
      toFollow(follow, named.get(follow.kind as TargetKind)?.get(follow.targetKey)),
    );
  }

  /** Inserts the follow unless it exists, within the per-account limit; returns the row either way. */
  private async save(
    accountId: string,
    follow: { kind: FollowKind; targetKey: string; search: SavedSearch | null },
  ): Promise<FollowEntity> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      // One account's follows are counted and added one at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('follow:' || $1))`, [accountId]);
      const repository = manager.getRepository(FollowEntity);
      const existing = await repository.findOneBy({
        accountId,
        kind: follow.kind,
        targetKey: follow.targetKey,
      });
      if (existing) return existing;
      if ((await repository.countBy({ accountId })) >= MAX_FOLLOWS_PER_ACCOUNT)
        throw tooManyFollows(MAX_FOLLOWS_PER_ACCOUNT);
      return repository.save(repository.create({ accountId, ...follow }));
    });
  }
}

function targetKind(kind: FollowKind): TargetKind {
  if (kind === 'SAVED_SEARCH') throw savedSearchNeedsSearchInput();
  return kind;
}

/** The stored key of a target as given: council codes in capitals, topics checked, ids as ids. */
function targetKeyOf(kind: FollowKind, targetId: string): string {
  const given = targetId.trim();
  if (kind === 'COUNCIL') return given.toUpperCase();
  if (kind === 'TOPIC') {
    const topic = topicOf(given.toUpperCase());
    if (!topic) throw unknownTopic(given);
    return topic.key;
  }
  if (kind === 'SAVED_SEARCH') return given;
  if (!isUuid(given)) throw followTargetNotFound(kind, given);
  return given.toLowerCase();
}
