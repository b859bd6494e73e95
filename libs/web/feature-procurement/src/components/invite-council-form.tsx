import { Button, ErrorSummary, type FormErrors, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

interface InviteCouncilFormProps {
  errors: FormErrors;
  busy: boolean;
  /** Invites the council with this register code, as typed. */
  onInvite: (councilCode: string) => void;
}

/** "Invite a council" by its register code. */
export function InviteCouncilForm({ errors, busy, onInvite }: InviteCouncilFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onInvite(String(new FormData(event.currentTarget).get('councilCode') ?? ''));
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Invite a council">
      <ErrorSummary errors={errors.summary} />
      <TextInput
        id="invite-council"
        name="councilCode"
        label="Invite a council"
        hint="Its register code, for example NGM for Nottingham"
        className="govuk-input--width-5"
        error={errors.byField['invite-council']}
      />
      <Button variant="secondary" busy={busy}>
        Invite
      </Button>
    </form>
  );
}
