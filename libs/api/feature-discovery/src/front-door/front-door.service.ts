import { VISITOR } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { SearchHit } from '../discovery.object';
import { DiscoveryService } from '../discovery.service';
import type { FrontDoorFigures } from './front-door.object';

/** How long counted figures are kept: they change slowly, and anyone may ask for them. */
export const FIGURES_MAX_AGE_MS = 60_000;

/** How many case studies and components the home page lists. */
export const FRONT_DOOR_LIST_SIZE = 6;

/**
 * The figures in one statement. Each count keeps the rule its search source
 * applies to the public (case-study-search.source.ts, component-search.source.ts,
 * contracting-process-search.source.ts): front-door.int-spec.ts checks they
 * agree with what a visitor's search finds.
 */
const FIGURES_SQL = `
  SELECT
    (SELECT count(*) FROM council c
      WHERE EXISTS (
              SELECT 1 FROM council_membership m JOIN account a ON a.id = m.account_id
               WHERE m.council_code = c.code AND m.status = 'active' AND a.status = 'active')
         OR EXISTS (
              SELECT 1 FROM case_study s
               WHERE s.status = 'PUBLISHED'
                 AND (s.lead_council_code = c.code OR c.code = ANY (s.co_author_council_codes)))
         OR EXISTS (
              SELECT 1 FROM component p
               WHERE p.status = 'PUBLISHED' AND c.code = ANY (p.maintaining_council_codes))
    )::int AS "councilsTakingPart",
    (SELECT count(*) FROM case_study WHERE status = 'PUBLISHED')::int AS "caseStudies",
    (SELECT count(*) FROM component WHERE status = 'PUBLISHED')::int AS "components",
    (SELECT count(*) FROM contracting_process)::int AS "contracts"`;

/**
 * The home page's figures and lists: the same for everybody, so counted as
 * for a visitor whoever asks.
 */
@Injectable()
export class FrontDoorService {
  private cached?: { at: number; figures: Promise<FrontDoorFigures> };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly discovery: DiscoveryService,
  ) {}

  /** The figures, counted at most once a minute by each API process. */
  figures(now = Date.now()): Promise<FrontDoorFigures> {
    if (!this.cached || now - this.cached.at >= FIGURES_MAX_AGE_MS) {
      const figures = this.count();
      this.cached = { at: now, figures };
      // A failed count is not kept: the next request counts again.
      figures.catch(() => {
        if (this.cached?.figures === figures) this.cached = undefined;
      });
    }
    return this.cached.figures;
  }

  /** The figures, counted now. */
  async count(): Promise<FrontDoorFigures> {
    const [row] = (await this.db.query(FIGURES_SQL)) as Omit<FrontDoorFigures, 'countedAt'>[];
    return { ...row!, countedAt: new Date() };
  }

  async newestCaseStudies(): Promise<SearchHit[]> {
    const results = await this.discovery.search(VISITOR, {
      filters: { types: ['CASE_STUDY'] },
      sort: 'NEWEST',
      first: FRONT_DOOR_LIST_SIZE,
    });
    return results.edges.map((edge) => edge.node);
  }

  async mostAdoptedComponents(): Promise<SearchHit[]> {
    const results = await this.discovery.search(VISITOR, {
      filters: { types: ['COMPONENT'] },
      sort: 'MOST_ADOPTED',
      first: FRONT_DOOR_LIST_SIZE,
    });
    return results.edges.map((edge) => edge.node).filter((node) => (node.adoptionCount ?? 0) > 0);
  }
}
