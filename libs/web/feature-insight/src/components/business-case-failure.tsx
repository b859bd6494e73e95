import { ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure, type RequestFailure } from '@lgx/web/util';
import { Link } from 'react-router';

function CannotStart({ title, message }: { title: string; message: string }) {
  usePageTitle(title, true);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        Start from a published case study (&ldquo;Start our business case&rdquo; on its page) or
        from a cell of the{' '}
        <Link className="govuk-link" to="/sector-map">
          sector map
        </Link>
        .
      </p>
    </>
  );
}

/** What the business case page says when the API refused: the API's own words, and the way on. */
export function BusinessCaseFailure({ error }: { error: RequestFailure }) {
  return (
    <QueryFailure
      error={error}
      pages={{
        NOT_FOUND: <CannotStart title="Case study not found" message={error.message} />,
        FORBIDDEN: <CannotStart title="For council officers" message={error.message} />,
      }}
      otherwise={
        error.code === 'BAD_USER_INPUT' ? (
          <CannotStart title="This business case cannot start" message={error.message} />
        ) : (
          <ServiceProblem message={error.message} />
        )
      }
    />
  );
}
