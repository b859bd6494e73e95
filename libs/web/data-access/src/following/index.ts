export * from './use-follow';
export * from './use-followed-news';
export * from './use-save-search';
export * from './use-unread-notification-count';
