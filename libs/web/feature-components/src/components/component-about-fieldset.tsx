import { COMPONENT_KINDS } from '@lgx/shared/domain';
import { Radios, Textarea, TextInput } from '@lgx/web/ui';

import { COMPONENT_FIELD_IDS as IDS } from '../model/component-form-values';
import { itemsOf } from '../model/items-of';
import type { ComponentFieldsetProps } from './component-fieldset-props';

/** What the component is: name, kind, summary, description and features. */
export function ComponentAboutFieldset({ defaults, error }: ComponentFieldsetProps) {
  return (
    <>
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
    </>
  );
}
