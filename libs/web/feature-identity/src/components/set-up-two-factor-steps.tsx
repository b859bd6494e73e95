import { AddToAuthenticatorApp } from './add-to-authenticator-app';

/** What setting up two-factor authentication means, its first step, and the second's heading. */
export function SetUpTwoFactorSteps({
  enrolment,
}: {
  enrolment: { qrCodeSvg: string; secret: string } | undefined;
}) {
  return (
    <>
      <p className="govuk-body">
        You will sign in with your password and a code from an authenticator app on your phone, such
        as Microsoft Authenticator or Google Authenticator.
      </p>
      <h2 className="govuk-heading-m">1. Add LGX to your app</h2>
      <AddToAuthenticatorApp enrolment={enrolment} />
      <h2 className="govuk-heading-m">2. Enter the code from your app</h2>
    </>
  );
}
