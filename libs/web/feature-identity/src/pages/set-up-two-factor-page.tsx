import { ConfirmMfaEnrolmentDocument, useGraphQLMutation, useViewer } from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  FormStatus,
  Loading,
  NotificationBanner,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import { safeReturnTo } from '@lgx/web/util';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';

import { AddToAuthenticatorApp } from '../components/add-to-authenticator-app';
import { QueryFailure } from '../components/query-failure';
import { RecoveryCodes } from '../components/recovery-codes';
import { useFormErrors } from '../hooks/use-form-errors';
import { useMfaEnrolment } from '../hooks/use-mfa-enrolment';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { code: 'code' };

function AlreadyOn({ codesLeft }: { codesLeft: number }) {
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

/**
 * Set up an authenticator app: scan the QR code (or type the key), enter a
 * first code, then save the recovery codes, shown once.
 */
export function SetUpTwoFactorPage() {
  const { data } = useViewer();
  const state = useLocation().state as { required?: boolean; returnTo?: string } | null;
  const returnTo = safeReturnTo(state?.returnTo, '/account');
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useFormErrors(FIELDS);
  const sessionChanged = useSessionChanged();
  const account = data?.viewer.account;
  const start = useMfaEnrolment(account?.mfaEnabled);
  const confirm = useGraphQLMutation(ConfirmMfaEnrolmentDocument, {
    onSuccess: async ({ confirmMfaEnrolment }) => {
      setCodes(confirmMfaEnrolment.codes);
      // The session now carries the roles that needed two-factor authentication.
      await sessionChanged();
    },
  });
  usePageTitle(
    codes ? 'Save your recovery codes' : 'Set up two-factor authentication',
    form.errors.hasErrors,
  );

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        continueTo={returnTo}
        continueLabel={returnTo === '/account' ? 'Go to your account' : 'Continue'}
      />
    );
  }
  if (!account) return <Loading label="Loading" />;
  if (account.mfaEnabled) return <AlreadyOn codesLeft={account.recoveryCodesLeft} />;
  if (start.error) return <QueryFailure error={start.error} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const code = formValues(event.currentTarget)('code').trim();
    if (!form.validate(required([[code, 'code', 'Enter the code from your authenticator app']])))
      return;
    confirm.mutate({ code }, { onError: form.fail });
  };
  const enrolment = start.data?.startMfaEnrolment;
  const needed = state?.required || data.viewer.mfaEnrolmentRequired;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors.summary} />
        {needed && !form.errors.hasErrors && (
          <NotificationBanner heading="Your role needs two-factor authentication">
            <p className="govuk-body">
              Set it up now to continue. It keeps your council’s members and data safe, even if
              someone learns your password.
            </p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Set up two-factor authentication</h1>
        <p className="govuk-body">
          You will sign in with your password and a code from an authenticator app on your phone,
          such as Microsoft Authenticator or Google Authenticator.
        </p>
        <h2 className="govuk-heading-m">1. Add LGX to your app</h2>
        <AddToAuthenticatorApp enrolment={enrolment} />
        <h2 className="govuk-heading-m">2. Enter the code from your app</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            id="code"
            label="Code from your authenticator app"
            hint="The 6-digit code your app shows for LGX, like 123456"
            className="govuk-input--width-5"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            error={form.errors.byField['code']}
          />
          <Button busy={confirm.isPending}>Turn on two-factor authentication</Button>
          <FormStatus busy={confirm.isPending} label="Checking your code" />
        </form>
      </div>
    </div>
  );
}
