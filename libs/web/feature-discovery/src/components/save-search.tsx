import { useSaveSearch, useViewer } from '@lgx/web/data-access';
import { Button } from '@lgx/web/ui';
import { useEffect } from 'react';
import { Link } from 'react-router';

import { searchPath, type SearchState } from '../model/search-state';

/**
 * "Save this search" for a signed-in person: new records it finds are told
 * of in their notifications. The words, content types and filters are kept;
 * "near" and "like my council" are not.
 */
export function SaveSearch({ state }: { state: SearchState }) {
  const viewer = useViewer();
  const { save, saved, pending, error, reset } = useSaveSearch();
  const path = searchPath(state);
  useEffect(() => reset(), [path, reset]);
  const worthSaving =
    state.query.trim() !== '' || state.types.length > 0 || state.facets.length > 0;
  if (!viewer.data?.viewer.account || !worthSaving) return null;
  return (
    <div className="govuk-!-margin-bottom-4">
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-1"
        busy={pending}
        onClick={() => save({ query: state.query, types: state.types, facets: state.facets })}
      >
        Save this search
      </Button>
      {(state.nearCouncil || state.likeCouncil) && (
        <p className="govuk-hint govuk-!-margin-bottom-1">
          The words and filters are saved; “near” and “like my council” are not.
        </p>
      )}
      <p className="govuk-body-s" role="status">
        {saved && (
          <>
            Search saved: you will hear of new results. See{' '}
            <Link className="govuk-link" to="/following">
              what you follow
            </Link>
            .
          </>
        )}
      </p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </div>
  );
}
