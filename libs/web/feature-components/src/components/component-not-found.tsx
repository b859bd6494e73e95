import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for a component that is not there, or not for this viewer. */
export function ComponentNotFound() {
  usePageTitle('Component not found');
  return (
    <>
      <h1 className="govuk-heading-l">Component not found</h1>
      <p className="govuk-body">
        It may have been taken back to draft, or the web address may be wrong.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/components">
          Browse the component catalogue
        </Link>
      </p>
    </>
  );
}
