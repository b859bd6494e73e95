export * from './dev-mailbox.controller';
export * from './escape-html';
export * from './mail.module';
export * from './mail-delivery.error';
export * from './mailer.service';
