import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Controller, Get, HttpStatus, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { DEV_MAILBOX_HEADERS } from './dev-mailbox.layout';
import { DevMailboxStore } from './dev-mailbox.store';
import { renderMailboxListPage } from './dev-mailbox-list.page';
import { renderMailboxMessagePage } from './dev-mailbox-message.page';
import { renderMissingMessagePage } from './dev-mailbox-missing.page';

/**
 * The dev mailbox: pages showing the mail the local SMTP catcher kept, so a
 * person can follow a sign-up link without a real inbox. MailModule.forRoot
 * mounts it only when MAIL_CATCHER_DIR is set outside production.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  private readonly store: DevMailboxStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.mail.catcherDir) {
      throw new Error('The dev mailbox needs MAIL_CATCHER_DIR (see MailModule.forRoot).');
    }
    this.store = new DevMailboxStore(config.mail.catcherDir);
  }

  /** The newest caught messages. */
  @Get()
  async list(@Res({ passthrough: true }) response: Response): Promise<string> {
    const html = renderMailboxListPage(await this.store.list(), this.store.dir);
    // Set only once the page is ready, so an error still goes out as Nest's JSON.
    response.set(DEV_MAILBOX_HEADERS);
    return html;
  }

  /** One caught message, with its links made clickable. */
  // ":key", not ":id": RouteParameterPipe holds every ":id" to be a UUID, and these are file names.
  @Get(':key')
  async message(
    @Param('key') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const message = await this.store.get(id);
    response.set(DEV_MAILBOX_HEADERS);
    if (message) return renderMailboxMessagePage(message);
    response.status(HttpStatus.NOT_FOUND);
    return renderMissingMessagePage();
  }
}
