import { CouncilDirectory } from '@lgx/api/core/councils';
import { isUuid } from '@lgx/api/core/graphql';
import { isVisibleTo, type ReaderScope, type Visibility } from '@lgx/api/core/search';
import { topicOfFollowKey } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { FollowKind } from './follow.rules';
import { topicOf } from './follow.rules';

/** A followed thing, named and linked as its follower may see it. */
export interface FollowTarget {
  key: string;
  name: string;
  url: string;
}

type Kind = Exclude<FollowKind, 'SAVED_SEARCH'>;

interface TargetRow {
  id: string;
  name: string;
  visibility: Visibility;
  councilCodes: string[] | null;
}

/**
 * The records a follow may name, read from the tables of the features that
 * own them (read-only, by id), with the visibility their search documents
 * carry: a reader may follow, and sees named, only what search would show them.
 */
const TARGET_SQL: Record<Exclude<Kind, 'COUNCIL' | 'TOPIC'>, string> = {
  COMPONENT: `SELECT id::text, name, maintaining_council_codes AS "councilCodes",
                     CASE WHEN status = 'PUBLISHED' THEN 'public' ELSE 'council' END AS visibility
                FROM component WHERE id = ANY($1::uuid[])`,
  SUPPLIER: `SELECT id::text, name, NULL AS "councilCodes", 'officers' AS visibility
               FROM supplier WHERE id = ANY($1::uuid[]) AND merged_into_id IS NULL`,
  PROCUREMENT_GROUP: `SELECT id::text, title AS name, NULL AS "councilCodes",
                             CASE WHEN visibility = 'OPEN' THEN 'officers' ELSE 'group' END AS visibility
                        FROM procurement_group WHERE id = ANY($1::uuid[])`,
};

const PATHS: Record<Kind, (key: string) => string> = {
  COUNCIL: (code) => `/councils/${encodeURIComponent(code)}`,
  TOPIC: (key) => topicOfFollowKey(key)?.path ?? '/topics',
  COMPONENT: (id) => `/components/${id}`,
  SUPPLIER: (id) => `/suppliers/${id}`,
  PROCUREMENT_GROUP: (id) => `/procurement-groups/${id}`,
};

@Injectable()
export class FollowTargetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly councils: CouncilDirectory,
  ) {}

  /** The targets of one kind that exist and this reader may see, by key. */
  async visible(
    kind: Kind,
    keys: readonly string[],
    scope: ReaderScope,
  ): Promise<Map<string, FollowTarget>> {
    const found = new Map<string, FollowTarget>();
    const unique = [...new Set(keys)];
    if (kind === 'COUNCIL') {
      for (const council of await this.councils.findByCodes(unique))
        found.set(council.code, {
          key: council.code,
          name: council.officialName,
          url: PATHS.COUNCIL(council.code),
        });
      return found;
    }
    if (kind === 'TOPIC') {
      for (const key of unique) {
        const topic = topicOf(key);
        if (topic) found.set(key, { key, name: topic.label, url: PATHS.TOPIC(key) });
      }
      return found;
    }
    const ids = unique.filter(isUuid);
    if (ids.length === 0) return found;
    const rows: TargetRow[] = await this.dataSource.query(TARGET_SQL[kind], [ids]);
    for (const row of rows) {
      const groupIds = row.visibility === 'group' ? [row.id] : [];
      if (!isVisibleTo(scope, { ...row, councilCodes: row.councilCodes ?? [], groupIds })) continue;
      found.set(row.id, { key: row.id, name: row.name, url: PATHS[kind](row.id) });
    }
    return found;
  }
}
