import { AUDIT_ENTITIES } from '@lgx/api/core/audit';
import { SEARCH_ENTITIES } from '@lgx/api/core/search';
import { CASE_STUDY_ENTITIES } from '@lgx/api/feature-case-studies';
import { COMPONENT_ENTITIES } from '@lgx/api/feature-components';
import { CONTRACT_ENTITIES } from '@lgx/api/feature-contracts';
import { COUNCIL_ENTITIES } from '@lgx/api/feature-councils';
import { IDENTITY_ENTITIES } from '@lgx/api/feature-identity';
import { INSIGHT_ENTITIES } from '@lgx/api/feature-insight';
import { NOTIFICATION_ENTITIES } from '@lgx/api/feature-notifications';
import { PROCUREMENT_ENTITIES } from '@lgx/api/feature-procurement';
import { QUESTION_ENTITIES } from '@lgx/api/feature-questions';
import { SUPPLIER_ENTITIES } from '@lgx/api/feature-suppliers';

/** Every TypeORM entity of the API, for the app and the migration tools alike. */
export const ENTITIES = [
  ...AUDIT_ENTITIES,
  ...SEARCH_ENTITIES,
  ...COUNCIL_ENTITIES,
  ...CASE_STUDY_ENTITIES,
  ...COMPONENT_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...SUPPLIER_ENTITIES,
  ...PROCUREMENT_ENTITIES,
  ...CONTRACT_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...QUESTION_ENTITIES,
  ...INSIGHT_ENTITIES,
];
