import { DisableMfaDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { TextInput, usePageTitle, WarningText } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { code: 'code' };
const CODE_FIELDS = { BAD_MFA_CODE: 'code' };

/** Turn two-factor authentication off, with a current code. */
export function TurnOffTwoFactorPage() {
  const form = useFormErrors(FIELDS, CODE_FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const disable = useGraphQLMutation(DisableMfaDocument, {
    onSuccess: async () => {
      await sessionChanged();
      navigate('/account', { state: { flash: 'Two-factor authentication is off' } });
    },
  });
  usePageTitle('Turn off two-factor authentication', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const code = formValues(sent)('code').trim();
    if (!form.validate(required([[code, 'code', 'Enter the code from your authenticator app']])))
      return;
    disable.mutate({ code }, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Turn off two-factor authentication"
      errors={form.errors.summary}
      intro={
        <WarningText>Without it, anyone who learns your password can sign in as you.</WarningText>
      }
      onSubmit={onSubmit}
      busy={disable.isPending}
      submitLabel="Turn off two-factor authentication"
      submitVariant="warning"
      busyLabel="Turning off two-factor authentication"
    >
      <TextInput
        id="code"
        label="Code from your authenticator app"
        hint="The 6-digit code your app shows now, or a recovery code"
        className="govuk-input--width-10"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        error={form.errors.byField['code']}
      />
    </FormPage>
  );
}
