import { useViewer } from '@lgx/web/data-access';
import { Loading, TextInput, usePageTitle } from '@lgx/web/ui';
import { safeReturnTo } from '@lgx/web/util';
import { useLocation } from 'react-router';

import { FormPage } from '../components/form-page';
import { QueryFailure } from '../components/query-failure';
import { RecoveryCodes } from '../components/recovery-codes';
import { SetUpTwoFactorSteps } from '../components/set-up-two-factor-steps';
import { TwoFactorNeededBanner } from '../components/two-factor-needed-banner';
import { TwoFactorOn } from '../components/two-factor-on';
import { useConfirmMfaEnrolment } from '../hooks/use-confirm-mfa-enrolment';
import { useMfaEnrolment } from '../hooks/use-mfa-enrolment';

/**
 * Set up an authenticator app: scan the QR code (or type the key), enter a
 * first code, then save the recovery codes, shown once.
 */
export function SetUpTwoFactorPage() {
  const { data } = useViewer();
  const state = useLocation().state as { required?: boolean; returnTo?: string } | null;
  const returnTo = safeReturnTo(state?.returnTo, '/account');
  const { codes, form, busy, submit } = useConfirmMfaEnrolment();
  const account = data?.viewer.account;
  const start = useMfaEnrolment(account?.mfaEnabled);
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
  if (account.mfaEnabled) return <TwoFactorOn codesLeft={account.recoveryCodesLeft} />;
  if (start.error) return <QueryFailure error={start.error} />;
  const needed = state?.required || data.viewer.mfaEnrolmentRequired;

  return (
    <FormPage
      title="Set up two-factor authentication"
      errors={form.errors.summary}
      beforeTitle={needed && !form.errors.hasErrors && <TwoFactorNeededBanner />}
      intro={<SetUpTwoFactorSteps enrolment={start.data?.startMfaEnrolment} />}
      onSubmit={submit}
      busy={busy}
      submitLabel="Turn on two-factor authentication"
      busyLabel="Checking your code"
    >
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
    </FormPage>
  );
}
