import { BusinessCaseDocument, useGraphQLQuery } from '@lgx/web/data-access';

import type { BusinessCaseVariables } from '../model/business-case-request';

/** Our business case from peers; asked for only when signed in and the address says where to start. */
export function useBusinessCase(variables: BusinessCaseVariables, enabled: boolean) {
  return useGraphQLQuery(BusinessCaseDocument, variables, { enabled });
}
