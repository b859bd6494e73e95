import { AUDIT_ENTITIES } from '@lgx/api/core/audit';
import { SEARCH_ENTITIES } from '@lgx/api/core/search';
import { COUNCIL_ENTITIES } from '@lgx/api/feature-councils';
import { IDENTITY_ENTITIES } from '@lgx/api/feature-identity';

/** Every TypeORM entity of the API, for the app and the migration tools alike. */
export const ENTITIES = [
  ...AUDIT_ENTITIES,
  ...SEARCH_ENTITIES,
  ...COUNCIL_ENTITIES,
  ...IDENTITY_ENTITIES,
];
