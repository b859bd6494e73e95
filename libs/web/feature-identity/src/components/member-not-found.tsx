import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** For a member id that is not (or no longer) a member of the council. */
export function MemberNotFound() {
  usePageTitle('Member not found');
  return (
    <>
      <h1 className="govuk-heading-l">Member not found</h1>
      <p className="govuk-body">
        They may have been removed, or left the council.{' '}
        <Link className="govuk-link" to="/council/members">
          See the council’s members
        </Link>
        .
      </p>
    </>
  );
}
