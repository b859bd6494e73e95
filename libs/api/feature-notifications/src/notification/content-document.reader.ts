import {
  IndexManager,
  SearchClient,
  type SearchDocument,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { topicKeys } from '../follow/follow.rules';
import { NotYetIndexedError } from './notification.errors';

/** What follows a record answers to, besides its councils (which its document names). */
export interface FollowKeys {
  topics: string[];
  componentIds: string[];
  supplierIds: string[];
}

const NO_KEYS: FollowKeys = { topics: [], componentIds: [], supplierIds: [] };

interface KeyRow {
  serviceAreas: string[] | null;
  objectives: string[] | null;
  technologies: string[] | null;
  componentIds: string[] | null;
  supplierIds: string[] | null;
}

/**
 * Read-only look-ups of the records that content features own, by id: the
 * taxonomy values, components and supplier a follow may name. (The search
 * document gives labels, not keys, and no supplier id.)
 */
const KEY_SQL: Record<string, string> = {
  case_study: `SELECT s.service_areas AS "serviceAreas", s.objectives, s.technologies,
                      ARRAY(SELECT a.component_id::text FROM component_adoption a
                             WHERE a.case_study_id = s.id) AS "componentIds",
                      NULL AS "supplierIds"
                 FROM case_study s WHERE s.id = $1::uuid`,
  component: `SELECT service_areas AS "serviceAreas", NULL AS objectives, technologies,
                     ARRAY[id::text] AS "componentIds", NULL AS "supplierIds"
                FROM component WHERE id = $1::uuid`,
  supplier_experience: `SELECT NULL AS "serviceAreas", NULL AS objectives, NULL AS technologies,
                               NULL AS "componentIds", ARRAY[supplier_id::text] AS "supplierIds"
                          FROM supplier_experience WHERE id = $1::uuid`,
};

/**
 * A public contract's suppliers in the directory, from its search id (its ocid,
 * or "_" and the ocid's UTF-8 bytes in hex: contract_search_id()). A supplier
 * not linked yet (linking follows the import) is found by its Companies House
 * number, as the linker would find it; a merged entry answers as the one it joined.
 */
const CONTRACT_KEY_SQL = `
  WITH p AS (SELECT CASE WHEN $1 ~ '^_([0-9a-f]{2})+$'
                         THEN convert_from(decode(substr($1, 2), 'hex'), 'UTF8') ELSE $1 END AS ocid),
       c AS (SELECT supplier_id, companies_house_number FROM contract_supplier
              WHERE ocid = (SELECT ocid FROM p))
  SELECT NULL AS "serviceAreas", NULL AS objectives, NULL AS technologies, NULL AS "componentIds",
         ARRAY(SELECT coalesce(s.merged_into_id, s.id)::text FROM supplier s
                WHERE s.id IN (SELECT supplier_id FROM c)
               UNION
               SELECT s.id::text FROM supplier s
                WHERE s.merged_into_id IS NULL AND s.company_number IN
                      (SELECT companies_house_number FROM c WHERE supplier_id IS NULL)) AS "supplierIds"
    FROM p WHERE EXISTS (SELECT 1 FROM contracting_process WHERE ocid = p.ocid)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record as search holds it: who may see it (its document's visibility,
 * the rule search applies) and what it is called. Who may see a record is
 * read from the index rather than decided again here, so a notification can
 * never show someone what search would not.
 */
@Injectable()
export class ContentDocumentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly indexes: IndexManager,
    private readonly sources: SearchSourceRegistry,
  ) {}

  /**
   * The record's search document; null when it is in no index (withdrawn,
   * or visible to no one). Throws NotYetIndexedError while a change to it
   * waits in the search outbox, so the event is delivered again later.
   */
  async document(type: string, id: string): Promise<SearchDocument | null> {
    const definition = this.sources.definition(type);
    if (!definition) return null;
    const [pending] = await this.dataSource.query(
      `SELECT 1 FROM search_outbox WHERE entity_id = $1 LIMIT 1`,
      [id],
    );
    if (pending) throw new NotYetIndexedError(type, id);
    const found = await this.search.meili
      .index(this.indexes.uid(definition))
      .getDocuments<SearchDocument>({ ids: [id], limit: 1 });
    return found.results[0] ?? null;
  }

  /**
   * Whether a search without words lists this type when no type is chosen
   * (not reference data such as public contracts): what a saved search of
   * every type with no words matches, as the search page would list it.
   */
  listedWithoutWords(type: string): boolean {
    return !this.sources.definition(type)?.reference;
  }

  async followKeys(type: string, id: string): Promise<FollowKeys> {
    const sql = type === 'contract' ? CONTRACT_KEY_SQL : KEY_SQL[type];
    if (!sql || (type !== 'contract' && !UUID.test(id))) return NO_KEYS;
    const [row] = (await this.dataSource.query(sql, [id])) as KeyRow[];
    if (!row) return NO_KEYS;
    return {
      topics: topicKeys({
        SERVICE_AREA: row.serviceAreas ?? [],
        STRATEGIC_OBJECTIVE: row.objectives ?? [],
        TECHNOLOGY: row.technologies ?? [],
      }),
      componentIds: row.componentIds ?? [],
      supplierIds: row.supplierIds ?? [],
    };
  }

  /** The councils whose officers are members of a procurement group (interested or committed). */
  async groupMemberCouncils(groupId: string): Promise<string[]> {
    if (!UUID.test(groupId)) return [];
    const rows: { councilCode: string }[] = await this.dataSource.query(
      `SELECT council_code AS "councilCode" FROM procurement_group_member
        WHERE group_id = $1::uuid AND status IN ('INTERESTED', 'COMMITTED')`,
      [groupId],
    );
    return rows.map((row) => row.councilCode);
  }
}
