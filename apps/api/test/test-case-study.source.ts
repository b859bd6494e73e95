import { EntitySearchSource, type SearchDocument, type Visibility } from '@lgx/api/core/search';
import { CASE_STUDY_SEARCH } from '@lgx/api/feature-case-studies';
import { Injectable, Module } from '@nestjs/common';

/**
 * Case studies are not built yet: these tests index a table of their own
 * through the real outbox trigger, indexer, PostgreSQL and Meilisearch.
 */
export const CREATE_TEST_TABLE = `
  CREATE TABLE test_case_study (
    id text PRIMARY KEY,
    title text NOT NULL,
    summary text NOT NULL,
    visibility text NOT NULL DEFAULT 'public',
    council_code text NOT NULL,
    group_id text,
    service_area text NOT NULL DEFAULT 'Adult social care'
  );
  CREATE TRIGGER test_case_study_search_outbox AFTER INSERT OR UPDATE OR DELETE ON test_case_study
    FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('case_study', 'id');`;

interface Row {
  id: string;
  title: string;
  summary: string;
  visibility: Visibility;
  council_code: string;
  group_id: string | null;
  service_area: string;
}

function toDocument(row: Row): SearchDocument {
  return {
    id: row.id,
    type: 'case_study',
    title: row.title,
    titleSort: row.title.toLowerCase(),
    summary: row.summary,
    url: `/case-studies/${row.id}`,
    visibility: row.visibility,
    councilCodes: [row.council_code],
    groupIds: row.group_id ? [row.group_id] : [],
    councilCode: row.council_code,
    serviceAreas: [row.service_area],
    publishedAt: 1_700_000_000,
  };
}

@Injectable()
export class TestCaseStudySource extends EntitySearchSource<Row> {
  readonly definition = CASE_STUDY_SEARCH;

  protected rows(ids: string[]): Promise<Row[]> {
    return this.db.query(`SELECT * FROM test_case_study WHERE id = ANY($1)`, [ids]);
  }

  protected page(skip: number, take: number): Promise<Row[]> {
    return this.db.query(`SELECT * FROM test_case_study ORDER BY id OFFSET $1 LIMIT $2`, [
      skip,
      take,
    ]);
  }

  protected async documents(rows: Row[]): Promise<Map<string, SearchDocument>> {
    return new Map(rows.map((row) => [row.id, toDocument(row)]));
  }
}

@Module({ providers: [TestCaseStudySource] })
export class TestCaseStudyModule {}
