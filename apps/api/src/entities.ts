import { COUNCIL_ENTITIES } from '@lgx/api/feature-councils';

/** Every TypeORM entity of the API, for the app and the migration tools alike. */
export const ENTITIES = [...COUNCIL_ENTITIES];
