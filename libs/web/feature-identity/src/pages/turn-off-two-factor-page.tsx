import { DisableMfaDocument, useGraphQLMutation } from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  FormStatus,
  TextInput,
  usePageTitle,
  WarningText,
} from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disable.isPending) return;
    const code = formValues(event.currentTarget)('code').trim();
    if (!form.validate(required([[code, 'code', 'Enter the code from your authenticator app']])))
      return;
    disable.mutate({ code }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Turn off two-factor authentication</h1>
        <WarningText>Without it, anyone who learns your password can sign in as you.</WarningText>
        <form noValidate onSubmit={onSubmit}>
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
          <div className="govuk-button-group">
            <Button variant="warning" busy={disable.isPending}>
              Turn off two-factor authentication
            </Button>
            <Link className="govuk-link" to="/account">
              Cancel
            </Link>
          </div>
          <FormStatus busy={disable.isPending} label="Turning off two-factor authentication" />
        </form>
      </div>
    </div>
  );
}
