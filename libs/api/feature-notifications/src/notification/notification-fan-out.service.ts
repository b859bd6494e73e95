import type { LgxEvent } from '@lgx/api/core/contracts';
import { UserFacingError } from '@lgx/api/core/graphql';
import {
  isVisibleTo,
  type ReaderScope,
  type SearchDocument,
  SearchService,
} from '@lgx/api/core/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { FollowKind, SavedSearch } from '../follow/follow.rules';
import { describeSearch } from '../follow/follow.rules';
import { FollowTargetService } from '../follow/follow-target.service';
import { ContentDocumentReader } from './content-document.reader';
import { NotificationAddressedService } from './notification-addressed.service';
import { type Delivery, NotificationDeliveryService } from './notification-delivery.service';
import { eventKeyOf, groupChangeWords } from './notification-event-key';
import { ReaderScopeService } from './reader-scope.service';

type ContentEvent = Extract<LgxEvent, { type: 'content.published' }>;
type GroupEvent = Extract<LgxEvent, { type: 'group.changed' }>;

interface FollowRow {
  id: string;
  accountId: string;
  kind: FollowKind;
  targetKey: string;
}

interface SavedSearchRow {
  id: string;
  accountId: string;
  search: SavedSearch;
}

/** Saved searches run side by side: Meilisearch answers several at once; more would crowd out readers. */
const SEARCHES_AT_ONCE = 8;

/** Runs `work` on every item, at most `size` at a time. */
async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** A scope that names anything (reasons only; what a reader sees is checked separately). */
const NAMING_SCOPE: ReaderScope = { officer: true, groupIds: [] };

/**
 * Works out who hears of an event and tells them, each with their own
 * permissions at this moment (decision 0046): followers of the record's
 * councils, topics, components and supplier, saved searches that find it,
 * a group's members, a question's council and asker. Idempotent: delivering
 * an event again tells no one twice.
 */
@Injectable()
export class NotificationFanOut {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: ContentDocumentReader,
    private readonly scopes: ReaderScopeService,
    private readonly targets: FollowTargetService,
    private readonly search: SearchService,
    private readonly delivery: NotificationDeliveryService,
    private readonly addressed: NotificationAddressedService,
  ) {}

  /** Delivers one event; returns how many notifications were new. `eventId`: the job's id, when a queue gives one. */
  async handle(event: LgxEvent, eventId?: string): Promise<number> {
    const eventKey = eventKeyOf(event, eventId);
    switch (event.type) {
      case 'content.published':
        return this.contentPublished(event, eventKey);
      case 'group.changed':
        return this.groupChanged(event, eventKey);
      case 'question.asked':
      case 'question.answered':
      case 'radar.suggestion':
      case 'case-study.actuals-due':
        return this.addressed.handle(event, eventKey);
    }
  }

  private async contentPublished(event: ContentEvent, eventKey: string): Promise<number> {
    const document = await this.documents.document(event.contentType, event.id);
    if (!document) return 0;
    const keys = await this.documents.followKeys(event.contentType, event.id);
    const followers = await this.followersOf([
      ['COUNCIL', document.councilCodes ?? []],
      ['TOPIC', keys.topics],
      ['COMPONENT', keys.componentIds],
      ['SUPPLIER', keys.supplierIds],
    ]);
    const searches = await this.savedSearchesFor(
      document.type,
      this.documents.listedWithoutWords(document.type),
    );
    const scopes = await this.scopes.ofAccounts([
      ...followers.map((row) => row.accountId),
      ...searches.map((row) => row.accountId),
    ]);
    const deliveries = [
      ...(await this.followerDeliveries(followers, scopes, document)),
      ...(await this.savedSearchDeliveries(searches, scopes, document)),
    ];
    return this.delivery.deliver(
      {
        event: event.type,
        eventKey,
        subjectType: event.contentType,
        subjectId: event.id,
        title: event.change === 'new' ? document.title : `Updated: ${document.title}`,
        url: document.url,
      },
      deliveries,
    );
  }

  private async groupChanged(event: GroupEvent, eventKey: string): Promise<number> {
    const document = await this.documents.document('procurement_group', event.groupId);
    if (!document) return 0;
    const members = await this.scopes.officersOf(
      await this.documents.groupMemberCouncils(event.groupId),
    );
    const followers = await this.followersOf([['PROCUREMENT_GROUP', [event.groupId]]]);
    const scopes = await this.scopes.ofAccounts([
      ...members,
      ...followers.map((row) => row.accountId),
    ]);
    const sees = (accountId: string) => {
      const scope = scopes.get(accountId);
      return Boolean(scope && isVisibleTo(scope, document));
    };
    const joined =
      event.change === 'joined'
        ? (await this.targets.visible('COUNCIL', [event.subjectId], NAMING_SCOPE)).get(
            event.subjectId,
          )?.name
        : undefined;
    const deliveries: Delivery[] = [
      ...members.filter(sees).map((accountId) => ({
        accountId,
        kind: 'ADDRESSED' as const,
        reason: 'Your council is a member of this group',
        followId: null,
      })),
      ...followers
        .filter((row) => sees(row.accountId))
        .map((row) => ({
          accountId: row.accountId,
          kind: 'FOLLOWED' as const,
          reason: 'You follow this group',
          followId: row.id,
        })),
    ];
    return this.delivery.deliver(
      {
        event: event.type,
        eventKey,
        subjectType: 'procurement_group',
        subjectId: event.groupId,
        title: `${document.title}: ${groupChangeWords(event.change, event.subjectId, joined)}`,
        url: document.url,
      },
      deliveries,
    );
  }

  private async followersOf(keys: [FollowKind, string[]][]): Promise<FollowRow[]> {
    const pairs = keys.flatMap(([kind, values]) => values.map((value) => [kind, value] as const));
    if (pairs.length === 0) return [];
    return this.dataSource.query(
      `SELECT f.id, f.account_id AS "accountId", f.kind, f.target_key AS "targetKey"
         FROM follow f
         JOIN unnest($1::text[], $2::text[]) AS k(kind, target_key)
           ON f.kind = k.kind AND f.target_key = k.target_key
        ORDER BY f.created_at, f.id`,
      [pairs.map(([kind]) => kind), pairs.map(([, value]) => value)],
    );
  }

  /**
   * Saved searches naming this type, or of every type: those with words, and
   * without words only when such a search lists this type (reference data,
   * public contracts, is found by words or when its type is chosen).
   */
  private savedSearchesFor(
    documentType: string,
    listedWithoutWords: boolean,
  ): Promise<SavedSearchRow[]> {
    return this.dataSource.query(
      `SELECT id, account_id AS "accountId", search FROM follow
        WHERE kind = 'SAVED_SEARCH'
          AND (search->'types' ? $1
               OR (jsonb_array_length(search->'types') = 0
                   AND ($2 OR btrim(search->>'query') <> '')))
        ORDER BY created_at, id`,
      [documentType, listedWithoutWords],
    );
  }

  private async followerDeliveries(
    followers: FollowRow[],
    scopes: Map<string, ReaderScope>,
    document: SearchDocument,
  ): Promise<Delivery[]> {
    const names = new Map<string, string>();
    for (const kind of new Set(followers.map((row) => row.kind)))
      if (kind !== 'SAVED_SEARCH')
        for (const [key, target] of await this.targets.visible(
          kind,
          followers.filter((row) => row.kind === kind).map((row) => row.targetKey),
          NAMING_SCOPE,
        ))
          names.set(`${kind}:${key}`, target.name);
    return followers
      .filter((row) => {
        const scope = scopes.get(row.accountId);
        return scope && isVisibleTo(scope, document);
      })
      .map((row) => ({
        accountId: row.accountId,
        kind: 'FOLLOWED' as const,
        reason: `You follow ${names.get(`${row.kind}:${row.targetKey}`) ?? 'something it is about'}`,
        followId: row.id,
      }));
  }

  /**
   * Each saved search run as its owner would run it, restricted to this one
   * record: it matches when search finds the record for them. Identical
   * searches by readers who see the same are run once.
   */
  private async savedSearchDeliveries(
    searches: SavedSearchRow[],
    scopes: Map<string, ReaderScope>,
    document: SearchDocument,
  ): Promise<Delivery[]> {
    const eligible = searches.filter((row) => {
      const scope = scopes.get(row.accountId);
      return scope !== undefined && isVisibleTo(scope, document);
    });
    const keyOf = (row: SavedSearchRow) => JSON.stringify([row.search, scopes.get(row.accountId)]);
    const distinct = new Map(eligible.map((row) => [keyOf(row), row]));
    const found = new Set<string>();
    await inBatches([...distinct], SEARCHES_AT_ONCE, async ([key, row]) => {
      if (await this.finds(row.search, scopes.get(row.accountId)!, document)) found.add(key);
    });
    return eligible
      .filter((row) => found.has(keyOf(row)))
      .map((row) => ({
        accountId: row.accountId,
        kind: 'FOLLOWED' as const,
        reason: `Your saved search ${describeSearch(row.search)}`,
        followId: row.id,
      }));
  }

  private async finds(search: SavedSearch, scope: ReaderScope, document: SearchDocument) {
    try {
      const found = await this.search.run({
        query: search.query,
        types: [document.type],
        facetFilters: search.facets,
        ids: [document.id],
        limit: 1,
        offset: 0,
        scope,
      });
      return found.hits.some((hit) => hit.id === document.id);
    } catch (error) {
      // A filter this type does not have cannot match it; anything else is retried.
      if (error instanceof UserFacingError && error.extensions.code === 'BAD_USER_INPUT')
        return false;
      throw error;
    }
  }
}
