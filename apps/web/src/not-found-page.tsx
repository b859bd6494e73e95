import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** For a path no feature answers, or one its feature does not know. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        You can{' '}
        <Link className="govuk-link" to="/councils">
          browse councils
        </Link>{' '}
        instead.
      </p>
    </>
  );
}
