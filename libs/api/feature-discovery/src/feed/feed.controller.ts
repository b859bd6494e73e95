import { Access } from '@lgx/api/core/auth';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { type AtomFeed, atomXml, feedUpdated } from './atom-feed';
import { FeedService } from './feed.service';

/**
 * Feed readers poll: a few minutes' copy in any cache is fresh enough, and
 * safe to share, as every feed is the same for everybody (public only).
 */
export const FEED_CACHE_CONTROL = 'public, max-age=300';

/**
 * Atom feeds, all under /feeds/ (a path the web app never answers): a
 * search's, with the search page's parameters, and each council's.
 */
@Controller('feeds')
export class FeedController {
  constructor(private readonly feeds: FeedService) {}

  @Access.public()
  @Get('search.atom')
  async search(@Req() request: Request, @Res() response: Response): Promise<void> {
    // The search page's own parameters, read as the web reads them (repeated keys kept in order).
    const params = new URL(request.originalUrl, 'http://lgx.invalid').searchParams;
    send(response, await this.feeds.searchFeed(params));
  }

  @Access.public()
  @Get('councils/:code.atom')
  async council(@Param('code') code: string, @Res() response: Response): Promise<void> {
    send(response, await this.feeds.councilFeed(code));
  }
}

/**
 * The feed as Atom, with its date for conditional requests; Express adds an
 * ETag of the body and answers 304 to a reader that has this copy already.
 */
function send(response: Response, feed: AtomFeed): void {
  response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
  response.setHeader('Cache-Control', FEED_CACHE_CONTROL);
  const updated = feedUpdated(feed);
  if (updated) response.setHeader('Last-Modified', updated.toUTCString());
  response.status(200).send(atomXml(feed));
}
