import { Link } from 'react-router';

/** For an account that already has two-factor authentication: how many recovery codes are left. */
export function TwoFactorOn({ codesLeft }: { codesLeft: number }) {
  return (
    <>
      <h1 className="govuk-heading-l">Two-factor authentication is on</h1>
      <p className="govuk-body">
        You sign in with your password and a code from your authenticator app. You have {codesLeft}{' '}
        recovery code{codesLeft === 1 ? '' : 's'} left.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account">
          Back to your account
        </Link>
      </p>
    </>
  );
}
