import type { AppConfig } from '@lgx/api/core/config';
import { type DynamicModule, Global, Module } from '@nestjs/common';

import { DevMailboxController } from './dev-mailbox.controller';
import { Mailer } from './mailer.service';

/**
 * Provides the Mailer to the whole app. Import `MailModule.forRoot(config)`
 * once, in the root module: it also mounts the dev mailbox (/dev/mailbox)
 * when MAIL_CATCHER_DIR is set and NODE_ENV is not production.
 */
@Global()
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {
  /** The Mailer, and the dev mailbox pages only where this config allows them. */
  static forRoot(config: AppConfig): DynamicModule {
    const devMailbox = Boolean(config.mail.catcherDir) && config.environment !== 'production';
    return {
      module: MailModule,
      global: true,
      // Not mounted at all otherwise, so /dev/mailbox is a plain 404.
      controllers: devMailbox ? [DevMailboxController] : [],
    };
  }
}
