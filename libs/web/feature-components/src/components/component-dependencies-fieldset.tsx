import { Textarea } from '@lgx/web/ui';

import { COMPONENT_FIELD_IDS as IDS } from '../model/component-form-values';
import type { ComponentFieldsetProps } from './component-fieldset-props';

/** What it needs alongside it, open and proprietary. */
export function ComponentDependenciesFieldset({ defaults, error }: ComponentFieldsetProps) {
  return (
    <>
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
    </>
  );
}
