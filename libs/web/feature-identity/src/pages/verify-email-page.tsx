import { useGraphQLMutation, VerifyEmailDocument } from '@lgx/web/data-access';
import { ErrorSummary, Loading, Panel, usePageTitle } from '@lgx/web/ui';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';

function LinkDidNotWork({ message }: { message: string }) {
  usePageTitle('The confirmation link did not work');
  return (
    <>
      <h1 className="govuk-heading-l">The confirmation link did not work</h1>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/verify-email/new">
          Get a new confirmation link
        </Link>
      </p>
      <p className="govuk-body">
        If you have already confirmed your email address,{' '}
        <Link className="govuk-link" to="/sign-in">
          sign in
        </Link>
        .
      </p>
    </>
  );
}

/** The link in the confirmation email: confirms the address, once. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useGraphQLMutation(VerifyEmailDocument);
  const { mutate } = verify;
  const sent = useRef<string | null>(null);
  useEffect(() => {
    // A link works once: never send the same token twice (React runs effects twice in development).
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate({ token });
  }, [token, mutate]);
  const confirmed = verify.data?.verifyEmail;
  usePageTitle(
    confirmed ? 'Email address confirmed' : 'Confirming your email address',
    verify.isError && verify.error.code !== 'LINK_INVALID',
  );

  if (!token)
    return (
      <LinkDidNotWork message="The link is not complete. Copy the whole link from the email into your browser, or ask for a new one." />
    );
  if (verify.error?.code === 'LINK_INVALID')
    return <LinkDidNotWork message={verify.error.message} />;
  if (verify.error)
    return (
      <>
        <ErrorSummary errors={[{ message: verify.error.message }]} />
        <h1 className="govuk-heading-l">Your email address was not confirmed</h1>
        <p className="govuk-body">Open the link in the email again in a moment.</p>
      </>
    );
  if (!confirmed) return <Loading label="Confirming your email address" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Email address confirmed">
          {confirmed.council
            ? `You are now a verified officer of ${confirmed.council.name}`
            : `${confirmed.email} is confirmed`}
        </Panel>
        {!confirmed.council && (
          <>
            <p className="govuk-body">
              Your email address is not on a council domain that LGX knows yet, so your account is
              not linked to a council. Tell us which council it is and we will add it: your account
              then becomes one of its officers.
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/account/council-domain">
                Ask for your council’s email domain to be added
              </Link>{' '}
              (you sign in first)
            </p>
          </>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in to LGX
          </Link>
        </p>
      </div>
    </div>
  );
}
