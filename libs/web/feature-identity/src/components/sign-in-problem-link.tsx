import { Link } from 'react-router';

/** After a refused sign-in, the way forward: a new confirmation link, or a password reset. */
export function SignInProblemLink({ code, email }: { code: string | undefined; email: string }) {
  if (code === 'EMAIL_NOT_VERIFIED')
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to="/verify-email/new" state={{ email }}>
          Get a new confirmation link
        </Link>
      </p>
    );
  if (code === 'TOO_MANY_ATTEMPTS')
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgotten-password">
          Reset your password
        </Link>
      </p>
    );
  return null;
}
