import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

export const notificationNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That notification was not found. Reload your notifications to see the current ones.',
    { argumentName: 'id' },
  );

/**
 * Thrown while the record an event names is not yet in the search index: who
 * may see it is read from there, so the job is retried (with backoff) rather
 * than telling no one.
 */
export class NotYetIndexedError extends Error {
  constructor(contentType: string, id: string) {
    super(`${contentType} ${id} is waiting to be indexed; deliver its event again later.`);
    this.name = 'NotYetIndexedError';
  }
}
