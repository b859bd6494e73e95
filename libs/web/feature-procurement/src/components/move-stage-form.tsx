import { GROUP_STAGES } from '@lgx/shared/domain';
import type { GroupStage } from '@lgx/web/data-access';
import { Button, ErrorSummary, type FormErrors, Radios, Textarea } from '@lgx/web/ui';
import type { FormEvent } from 'react';

/** The move as chosen: the stage ('' when none was chosen), and the note and reason if given. */
export interface StageMove {
  to: string;
  note: string | null;
  reason: string | null;
}

interface MoveStageFormProps {
  /** The stages the group can move to from where it is. */
  next: readonly GroupStage[];
  errors: FormErrors;
  busy: boolean;
  onMove: (move: StageMove) => void;
}

/** "Move the group to": the next stages, with a note for the history and a reason to end. */
export function MoveStageForm({ next, errors, busy, onMove }: MoveStageFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onMove({
      to: String(form.get('to') ?? ''),
      note: String(form.get('note') ?? '') || null,
      reason: String(form.get('reason') ?? '') || null,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Move the stage">
      <ErrorSummary errors={errors.summary} />
      <Radios
        id="next-stage"
        name="to"
        legend="Move the group to"
        error={errors.byField['next-stage']}
        items={next.map((stage) => ({ value: stage, label: GROUP_STAGES[stage] }))}
      />
      <Textarea
        id="stage-note"
        name="note"
        label="Note for the history (optional)"
        rows={2}
        error={errors.byField['stage-note']}
      />
      <Textarea
        id="stage-reason"
        name="reason"
        label="Reason (needed to close or abandon)"
        rows={2}
        error={errors.byField['stage-reason']}
      />
      <Button busy={busy}>Move the stage</Button>
    </form>
  );
}
