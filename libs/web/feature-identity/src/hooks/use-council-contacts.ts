import { CouncilContactsDocument, useGraphQLQuery } from '@lgx/web/data-access';

/** A council's admins and editors (names and job titles), for its officers; off without a council. */
export function useCouncilContacts(councilCode: string | undefined) {
  return useGraphQLQuery(
    CouncilContactsDocument,
    { councilCode: councilCode ?? '' },
    { enabled: Boolean(councilCode) },
  );
}
