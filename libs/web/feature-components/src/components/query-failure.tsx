import type { GraphQLRequestError } from '@lgx/web/data-access';
import { ServiceProblem } from '@lgx/web/ui';
import { QueryFailure as FailurePage } from '@lgx/web/util';

import { ComponentNotFound } from './component-not-found';
import { NotAComponentEditor } from './not-a-component-editor';

/** What a component page shows when its data could not be loaded. */
export function QueryFailure({ error }: { error: GraphQLRequestError }) {
  return (
    <FailurePage
      error={error}
      pages={{
        NOT_FOUND: <ComponentNotFound />,
        FORBIDDEN: <NotAComponentEditor reason={error.message} />,
      }}
      otherwise={<ServiceProblem message={error.message} />}
    />
  );
}
