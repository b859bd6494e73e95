import { VISITOR } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { CouncilEntity } from '@lgx/api/core/councils';
import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { SearchSourceRegistry } from '@lgx/api/core/search';
import { FEED_SIZE } from '@lgx/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { contentTypeOf, documentTypeOf, type SearchResults } from '../discovery.object';
import { DiscoveryService } from '../discovery.service';
import type { AtomEntry, AtomFeed } from './atom-feed';
import { feedSearchParams, feedTypes, parseFeedSearch, typesToList } from './feed.rules';

const COUNCIL_CODE = /^[A-Za-z0-9]{1,12}$/;

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

/**
 * Atom feeds of public content: a search's, and a council's. Every feed is
 * searched as a visitor, whoever asks (their cookie is never read), so a
 * draft, an officers-only record or a private group's can never be in one,
 * and one cached copy is right for everybody.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly sources: SearchSourceRegistry,
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The feed of a search, from the search page's address parameters: the newest first. */
  async searchFeed(params: URLSearchParams): Promise<AtomFeed> {
    const definitions = this.sources.definitions();
    const search = parseFeedSearch(params, definitions);
    const results = await this.discovery.search(VISITOR, {
      query: search.query,
      filters: { ...search.filters, types: typesToList(search, definitions) },
      sort: 'NEWEST',
      first: FEED_SIZE,
    });
    const canonical = feedSearchParams(search);
    return {
      title: search.query ? `LGX search: “${search.query}”` : 'LGX: the newest public records',
      subtitle: 'What anyone can see on LGX, the LocalGov Exchange, that this search finds.',
      self: this.absolute(withQuery('/feeds/search.atom', canonical)),
      alternate: this.absolute(withQuery('/search', canonical)),
      entries: this.entries(results),
    };
  }

  /**
   * The feed of a council: the published case studies and components it leads, co-authors or
   * maintains (once it accepted: until then it is not credited), and its public contracts.
   */
  async councilFeed(code: string): Promise<AtomFeed> {
    const council = COUNCIL_CODE.test(code)
      ? await this.councils.findOneBy({ code: code.toUpperCase() })
      : null;
    if (!council)
      throw new UserFacingError(
        ERROR_CODES.NOT_FOUND,
        `There is no council "${code}" in the register: use the code in the address of its page on LGX.`,
      );
    const types = feedTypes(this.sources.definitions()).map((definition) =>
      contentTypeOf(definition.type)!,
    );
    const results = await this.discovery.search(VISITOR, {
      filters: { types, includeFormer: true },
      sort: 'NEWEST',
      first: FEED_SIZE,
      creditedTo: council.code,
    });
    return {
      title: `LGX: ${council.niceName}`,
      subtitle: `What ${council.niceName} shares on LGX, the LocalGov Exchange, and its public contracts.`,
      self: this.absolute(`/feeds/councils/${council.code}.atom`),
      alternate: this.absolute(`/councils/${council.code}`),
      entries: this.entries(results),
    };
  }

  private absolute(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The results as entries, the newest first; one without a date cannot be placed, so is left out. */
  private entries(results: SearchResults): AtomEntry[] {
    return results.edges
      .map(({ node }) => node)
      .filter((node) => node.publishedAt !== null)
      .map((node) => ({
        title: node.title,
        summary: node.summary,
        link: this.absolute(node.url),
        updated: node.publishedAt!,
        author: node.councilName ?? undefined,
        category: this.sources.definition(documentTypeOf(node.type))?.label ?? node.type,
      }))
      .sort((a, b) => b.updated.getTime() - a.updated.getTime());
  }
}
