import { Access } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';

import { renderUnsubscribePage, UNSUBSCRIBE_PAGE_HEADERS } from './unsubscribe.page';
import {
  UnsubscribeLinkInvalid,
  UnsubscribeLinks,
  UNSUBSCRIBES_LABEL,
} from './unsubscribe-links.service';

/**
 * One-click unsubscribe (RFC 8058). GET only shows a page with a button (mail
 * scanners follow links, and must not unsubscribe anyone); POST, from that
 * button or a mail client's one-click, unsubscribes without signing in; the
 * page then offers to undo it. A token that is not ours is answered 400.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access.public()
  @Get(':token')
  async confirm(@Param('token') token: string, @Res({ passthrough: true }) response: Response) {
    return this.page(response, async () => {
      const { stops } = await this.links.find(token);
      return {
        title: 'Unsubscribe',
        body: `Stop ${UNSUBSCRIBES_LABEL[stops]}?`,
        form: { action: `/unsubscribe/${token}`, button: 'Unsubscribe' },
      };
    });
  }

  @Access.public()
  @Post(':token')
  @HttpCode(HttpStatus.OK)
  async unsubscribe(@Param('token') token: string, @Res({ passthrough: true }) response: Response) {
    return this.page(response, async () => {
      const stops = await this.links.apply(token);
      return {
        title: 'You are unsubscribed',
        body: `You will no longer receive ${UNSUBSCRIBES_LABEL[stops]}.`,
        form: { action: `/unsubscribe/${token}/undo`, button: 'Undo', secondary: true },
      };
    });
  }

  @Access.public()
  @Post(':token/undo')
  @HttpCode(HttpStatus.OK)
  async undo(@Param('token') token: string, @Res({ passthrough: true }) response: Response) {
    return this.page(response, async () => {
      const stops = await this.links.apply(token, true);
      return {
        title: 'You are subscribed again',
        body: `You will receive ${UNSUBSCRIBES_LABEL[stops]} again.`,
        form: { action: `/unsubscribe/${token}`, button: 'Unsubscribe', secondary: true },
      };
    });
  }

  private async page(
    response: Response,
    build: () => Promise<{
      title: string;
      body: string;
      form?: { action: string; button: string; secondary?: boolean };
    }>,
  ): Promise<string> {
    const preferencesUrl = new URL('/email-preferences', this.config.publicUrl).toString();
    response.set(UNSUBSCRIBE_PAGE_HEADERS);
    try {
      return renderUnsubscribePage({ ...(await build()), preferencesUrl });
    } catch (error) {
      if (!(error instanceof UnsubscribeLinkInvalid)) throw error;
      response.status(HttpStatus.BAD_REQUEST);
      response.set('X-LGX-Error-Code', error.code);
      return renderUnsubscribePage({
        title: 'This link is not valid',
        body: error.message,
        preferencesUrl,
      });
    }
  }
}
