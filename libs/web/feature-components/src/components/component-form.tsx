import type { ComponentInput } from '@lgx/web/data-access';
import { type FormErrors, type FormProblem, FormShell } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import {
  COMPONENT_FIELD_IDS as IDS,
  type ComponentFormDefaults,
  formReader,
  readComponentForm,
} from '../model/component-form-values';
import { ComponentAboutFieldset } from './component-about-fieldset';
import { ComponentDependenciesFieldset } from './component-dependencies-fieldset';
import { ComponentSourceFieldset } from './component-source-fieldset';
import { ComponentTagsFieldset } from './component-tags-fieldset';

interface ComponentFormProps {
  defaults: ComponentFormDefaults;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
  council: { code: string; name: string };
  onSubmit: (read: { input: ComponentInput; problems: FormProblem[] }) => void;
  children?: ReactNode;
}

/** Everything a component record holds, on one page. */
export function ComponentForm({
  defaults,
  errors,
  busy,
  submitLabel,
  busyLabel,
  cancelTo,
  council,
  onSubmit,
  children,
}: ComponentFormProps) {
  const parts = { defaults, error: (field: keyof typeof IDS) => errors.byField[IDS[field]] };
  return (
    <FormShell
      errors={errors.summary}
      intro={children}
      onSubmit={(form) => onSubmit(readComponentForm(formReader(form)))}
      busy={busy}
      submitLabel={submitLabel}
      busyLabel={busyLabel}
      secondary={
        <Link className="govuk-link" to={cancelTo}>
          Cancel
        </Link>
      }
    >
      <ComponentAboutFieldset {...parts} />
      <ComponentSourceFieldset {...parts} council={council} />
      <ComponentTagsFieldset {...parts} />
      <ComponentDependenciesFieldset {...parts} />
    </FormShell>
  );
}
