import { useGraphQLMutation, useViewer, VerifyMfaDocument } from '@lgx/web/data-access';
import { Loading, TextInput, usePageTitle } from '@lgx/web/ui';
import { safeReturnTo, signInPath } from '@lgx/web/util';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { code: 'code' };
const CODE_FIELDS = { BAD_MFA_CODE: 'code' };

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
export function TwoFactorChallengePage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const viewer = useViewer();
  const form = useFormErrors(FIELDS, CODE_FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const verify = useGraphQLMutation(VerifyMfaDocument, {
    onSuccess: async () => {
      await sessionChanged();
      navigate(returnTo, { replace: true });
    },
  });
  usePageTitle('Enter your two-factor code', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const code = formValues(sent)('code').trim();
    if (!form.validate(required([[code, 'code', 'Enter the code from your authenticator app']])))
      return;
    verify.mutate({ code }, { onError: form.fail });
  };

  if (!viewer.data) return <Loading label="Loading" />;
  if (!viewer.data.viewer.account) return <Navigate to={signInPath(returnTo)} replace />;
  return (
    <FormPage
      title="Enter your two-factor code"
      beforeTitle={<span className="govuk-caption-l">Sign in</span>}
      errors={form.errors.summary}
      intro={<p className="govuk-body">Open your authenticator app to see the code for LGX.</p>}
      onSubmit={onSubmit}
      busy={verify.isPending}
      submitLabel="Continue"
      busyLabel="Checking your code"
    >
      <TextInput
        id="code"
        label="Code"
        hint="The 6-digit code your app shows now. If you do not have your phone, enter one of your recovery codes, like abcde-23456."
        className="govuk-input--width-10"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        error={form.errors.byField['code']}
      />
    </FormPage>
  );
}
