import { Button, Textarea, WebAddressInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

import { PUBLICCODE_FIELDS as FIELDS } from '../hooks/use-publiccode-import';

interface ImportFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
  /** The error message for this form's field, if it has one. */
  error: string | undefined;
}

/** Paste the publiccode.yml. */
export function PubliccodePasteForm({ onSubmit, busy, error }: ImportFormProps) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Textarea
        id={FIELDS.content}
        label="Paste the publiccode.yml"
        labelAsHeading={2}
        labelClassName="govuk-label--m"
        rows={14}
        spellCheck={false}
        className="govuk-textarea lgx-code"
        error={error}
      />
      <Button busy={busy}>Check and import</Button>
    </form>
  );
}

/** Upload the publiccode.yml file. */
export function PubliccodeUploadForm({ onSubmit, busy, error }: ImportFormProps) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <h2 className="govuk-label-wrapper">
          <label className="govuk-label govuk-label--m" htmlFor={FIELDS.file}>
            Or upload the file
          </label>
        </h2>
        {error && (
          <p className="govuk-error-message" id={`${FIELDS.file}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          className="govuk-file-upload"
          id={FIELDS.file}
          name={FIELDS.file}
          type="file"
          accept=".yml,.yaml,text/yaml,application/yaml"
          aria-describedby={error ? `${FIELDS.file}-error` : undefined}
        />
      </div>
      <Button busy={busy} variant="secondary">
        Upload and import
      </Button>
    </form>
  );
}

/** Give the address LGX fetches the publiccode.yml from. */
export function PubliccodeUrlForm({ onSubmit, busy, error }: ImportFormProps) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <WebAddressInput
        id={FIELDS.url}
        label="Or give its web address"
        labelClassName="govuk-label--m"
        hint="The raw file, such as raw.githubusercontent.com/your-council/your-repo/main/publiccode.yml. LGX only fetches from public addresses."
        error={error}
      />
      <Button busy={busy} variant="secondary">
        Fetch and import
      </Button>
    </form>
  );
}
