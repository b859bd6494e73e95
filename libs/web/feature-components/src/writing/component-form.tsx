import {
  COMMON_LICENCES,
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  SERVICE_AREAS,
  TECHNOLOGIES,
} from '@lgx/shared/domain';
import type { ComponentInput } from '@lgx/web/data-access';
import {
  Button,
  Checkboxes,
  type CheckboxItem,
  ErrorSummary,
  type FormErrors,
  type FormProblem,
  FormStatus,
  Radios,
  Textarea,
  TextInput,
} from '@lgx/web/ui';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

import {
  COMPONENT_FIELD_IDS as IDS,
  type ComponentFormDefaults,
  formReader,
  readComponentForm,
} from './component-form-values';

const itemsOf = (labels: Record<string, string>): CheckboxItem[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const MATURITY_HINTS: Record<string, string> = {
  ALPHA: 'Being tried out; expect changes',
  BETA: 'In use by some councils, still improving',
  LIVE: 'In use and supported',
  DEPRECATED: 'Still works, but use something else for new work',
  RETIRED: 'No longer maintained',
};

interface ComponentFormProps {
  defaults: ComponentFormDefaults;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
  councilName: string;
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
  councilName,
  onSubmit,
  children,
}: ComponentFormProps) {
  const error = (field: keyof typeof IDS) => errors.byField[IDS[field]];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    onSubmit(readComponentForm(formReader(event.currentTarget)));
  };
  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {children}
      <form noValidate onSubmit={submit}>
        <TextInput
          id={IDS.name}
          label="Name"
          labelClassName="govuk-label--m"
          hint="150 characters or fewer."
          defaultValue={defaults.name}
          error={error('name')}
        />
        <Radios
          id={IDS.kind}
          name={IDS.kind}
          legend="What kind of component is it?"
          error={error('kind')}
          defaultValue={defaults.kind}
          items={itemsOf(COMPONENT_KINDS)}
        />
        <Textarea
          id={IDS.summary}
          label="Summary"
          labelClassName="govuk-label--m"
          hint="One or two sentences: what it does and for whom. 300 characters or fewer."
          rows={3}
          defaultValue={defaults.summary}
          error={error('summary')}
        />
        <Textarea
          id={IDS.description}
          label="Description"
          labelClassName="govuk-label--m"
          hint="You can format the text: start a line with ## for a heading or * for a list, and write links as [text](https://…)."
          rows={8}
          defaultValue={defaults.description}
          error={error('description')}
        />
        <Textarea
          id={IDS.features}
          label="Features (optional)"
          labelClassName="govuk-label--s"
          hint="One per line."
          rows={4}
          defaultValue={defaults.features}
          error={error('features')}
        />
        <TextInput
          id={IDS.url}
          label="Repository or download address (optional)"
          labelClassName="govuk-label--s"
          hint="For example, https://github.com/your-council/your-component"
          type="url"
          spellCheck={false}
          defaultValue={defaults.url}
          error={error('url')}
        />
        <TextInput
          id={IDS.documentationUrl}
          label="Documentation address (optional)"
          labelClassName="govuk-label--s"
          type="url"
          spellCheck={false}
          defaultValue={defaults.documentationUrl}
          error={error('documentationUrl')}
        />
        <TextInput
          id={IDS.licence}
          label="Licence"
          labelClassName="govuk-label--s"
          hint={`An SPDX identifier or expression from spdx.org/licenses. Common ones: ${COMMON_LICENCES.join(', ')}.`}
          className="govuk-input--width-20"
          spellCheck={false}
          autoComplete="off"
          defaultValue={defaults.licence}
          error={error('licence')}
        />
        <Radios
          id={IDS.maturity}
          name={IDS.maturity}
          legend="How mature is it?"
          error={error('maturity')}
          defaultValue={defaults.maturity}
          items={Object.entries(COMPONENT_MATURITIES).map(([value, label]) => ({
            value,
            label,
            hint: MATURITY_HINTS[value],
          }))}
        />
        <TextInput
          id={IDS.maintainingCouncilCodes}
          label="Other councils that maintain it (optional)"
          labelClassName="govuk-label--s"
          hint={`${councilName} maintains it. Add others by their register code, separated by commas, like SWK, LBH. We will ask each council you add to confirm: it is shown as a maintainer, and its editors can change the component, only once one of them accepts.`}
          spellCheck={false}
          autoComplete="off"
          defaultValue={defaults.otherMaintainers}
          error={error('maintainingCouncilCodes')}
        />
        <Checkboxes
          id={IDS.serviceAreas}
          name={IDS.serviceAreas}
          legend="Service areas (optional)"
          legendClassName="govuk-fieldset__legend--s"
          error={error('serviceAreas')}
          items={itemsOf(SERVICE_AREAS)}
          defaultValues={defaults.serviceAreas}
          small
        />
        <Checkboxes
          id={IDS.technologies}
          name={IDS.technologies}
          legend="Technologies (optional)"
          legendClassName="govuk-fieldset__legend--s"
          error={error('technologies')}
          items={itemsOf(TECHNOLOGIES)}
          defaultValues={defaults.technologies}
          small
        />
        <Checkboxes
          id={IDS.standards}
          name={IDS.standards}
          legend="Standards and regulations it helps meet (optional)"
          legendClassName="govuk-fieldset__legend--s"
          error={error('standards')}
          items={itemsOf(COMPONENT_STANDARDS)}
          defaultValues={defaults.standards}
          small
        />
        <Textarea
          id={IDS.dependencies}
          label="Open dependencies (optional)"
          labelClassName="govuk-label--s"
          hint="What must be installed or run alongside it, one per line, like PostgreSQL."
          rows={3}
          defaultValue={defaults.openDependencies}
          error={error('dependencies')}
        />
        <Textarea
          id="component-proprietary-dependencies"
          label="Proprietary dependencies (optional)"
          labelClassName="govuk-label--s"
          hint="Closed products it needs, one per line. Other councils see these as a lock-in risk."
          rows={3}
          defaultValue={defaults.proprietaryDependencies}
        />
        <div className="govuk-button-group">
          <Button busy={busy}>{submitLabel}</Button>
          <Link className="govuk-link" to={cancelTo}>
            Cancel
          </Link>
        </div>
        <FormStatus busy={busy} label={busyLabel} />
      </form>
    </>
  );
}
