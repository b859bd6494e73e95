export * from './dev-mailbox.controller';
export * from './mail.module';
export * from './mail-delivery.error';
export * from './mailer.service';
export * from './escape-html';
