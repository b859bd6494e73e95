import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ServiceProblem } from '@lgx/web/ui';
import { QueryFailure as FailurePage } from '@lgx/web/util';

import { CaseStudyNotFound } from './case-study-not-found';
import { NotACaseStudyEditor } from './not-a-case-study-editor';

/**
 * What a case study page shows when its data could not be loaded: sign-in
 * (and back) when the session has ended, the two-factor step when it is
 * pending, "not found", the editor page, or the problem.
 */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  return (
    <FailurePage
      error={error}
      pages={{
        NOT_FOUND: <CaseStudyNotFound />,
        FORBIDDEN: <NotACaseStudyEditor reason={error.message} />,
      }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
