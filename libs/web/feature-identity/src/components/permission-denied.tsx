import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for something the viewer's roles do not allow. */
export function PermissionDenied({ reason }: { reason?: string }) {
  usePageTitle('You do not have permission');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
      {reason && <p className="govuk-body">{reason}</p>}
      <p className="govuk-body">
        If you think you should, ask an admin of your council:{' '}
        <Link className="govuk-link" to="/account">
          your account
        </Link>{' '}
        shows your role, who your council’s admins are, and how to ask for more.
      </p>
    </>
  );
}
