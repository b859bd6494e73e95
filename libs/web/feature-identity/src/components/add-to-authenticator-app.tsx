import { Details, Loading } from '@lgx/web/ui';

import { groupSecret } from '../model/group-secret';
import { svgDataUri } from '../model/svg-data-uri';

/** The QR code to scan, and the setup key to type for those who cannot. */
export function AddToAuthenticatorApp({
  enrolment,
}: {
  enrolment: { qrCodeSvg: string; secret: string } | undefined;
}) {
  if (!enrolment) return <Loading label="Making your QR code" />;
  return (
    <>
      <p className="govuk-body">
        In your authenticator app, choose to add an account, then scan this QR code.
      </p>
      <img
        className="lgx-qr-code"
        src={svgDataUri(enrolment.qrCodeSvg)}
        alt="QR code for your authenticator app"
        width={200}
        height={200}
      />
      <Details summary="I cannot scan the QR code">
        <p className="govuk-body">Type this setup key into your app instead:</p>
        <p className="govuk-body">
          <code className="lgx-secret" id="setup-key">
            {groupSecret(enrolment.secret)}
          </code>
        </p>
        <p className="govuk-body">If your app asks, choose a time-based code.</p>
      </Details>
    </>
  );
}
