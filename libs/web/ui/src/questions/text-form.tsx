import { type FormEvent, type ReactNode, useMemo, useState } from 'react';

import { Button } from '../components/button';
import { ErrorSummary } from '../components/error-summary';
import { Textarea } from '../components/textarea';

export interface TextFormProps {
  /** The textarea's id (and name). */
  id: string;
  label: string;
  hint?: ReactNode;
  /** Fewer characters than this (after trimming) are refused before sending. */
  minLength: number;
  maxLength: number;
  /** What the text is, for "Write your question...". */
  what: 'question' | 'answer';
  submitLabel: string;
  busy: boolean;
  /** Sends the text (and the form's other values); a rejection's message is shown as the problem. */
  onSubmit: (text: string, form: FormData) => Promise<unknown>;
  /** Fields besides the textarea, before it. */
  children?: ReactNode;
}

/** A form around one plain-text box, with the GOV.UK error pattern: what a question and an answer share. */
export function TextForm(props: TextFormProps) {
  const { id, label, hint, minLength, maxLength, what, submitLabel, busy, onSubmit } = props;
  const [problem, setProblem] = useState<string>();
  const [value, setValue] = useState('');
  // The same list while the problem stands, so the summary takes focus once, not at each keystroke.
  const errors = useMemo(() => (problem ? [{ fieldId: id, message: problem }] : []), [id, problem]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const text = value.trim();
    if (text.length === 0) return setProblem(`Write your ${what}`);
    if (text.length < minLength || text.length > maxLength)
      return setProblem(
        `Write your ${what} in ${minLength} to ${maxLength.toLocaleString('en-GB')} characters`,
      );
    try {
      await onSubmit(text, values);
      setProblem(undefined);
      setValue('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      {props.children}
      <Textarea
        id={id}
        label={label}
        hint={hint}
        rows={4}
        error={problem}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button busy={busy} variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
