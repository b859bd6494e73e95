import { Panel, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** After deleting an account. */
export function AccountDeletedPage() {
  usePageTitle('Your account has been deleted');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Your account has been deleted" />
        <p className="govuk-body">
          Your details have been erased and you have been signed out everywhere. What you wrote
          stays with your council.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the LGX home page
          </Link>
        </p>
      </div>
    </div>
  );
}
