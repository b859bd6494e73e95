import { COMMON_LICENCES, COMPONENT_MATURITIES } from '@lgx/shared/domain';
import { MultiAutocomplete, Radios, TextInput, WebAddressInput } from '@lgx/web/ui';

import { COMPONENT_FIELD_IDS as IDS } from '../model/component-form-values';
import { searchCouncils } from '../model/council-options';
import type { ComponentFieldsetProps } from './component-fieldset-props';

const MATURITY_HINTS: Record<string, string> = {
  ALPHA: 'Being tried out; expect changes',
  BETA: 'In use by some councils, still improving',
  LIVE: 'In use and supported',
  DEPRECATED: 'Still works, but use something else for new work',
  RETIRED: 'No longer maintained',
};

/** Where to find it, its licence, how mature it is and who maintains it. */
export function ComponentSourceFieldset({
  defaults,
  error,
  council,
}: ComponentFieldsetProps & { council: { code: string; name: string } }) {
  return (
    <>
      <WebAddressInput
        id={IDS.url}
        label="Repository or download address (optional)"
        labelClassName="govuk-label--s"
        hint="For example, github.com/your-council/your-component"
        defaultValue={defaults.url}
        error={error('url')}
      />
      <WebAddressInput
        id={IDS.documentationUrl}
        label="Documentation address (optional)"
        labelClassName="govuk-label--s"
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
      <MultiAutocomplete
        id={IDS.maintainingCouncilCodes}
        name={IDS.maintainingCouncilCodes}
        label="Other councils that maintain it (optional)"
        labelClassName="govuk-label--s"
        hint={`${council.name} maintains it. Start typing another council’s name and choose it from the list; add as many as you need. We will ask each council you add to confirm: it is shown as a maintainer, and its editors can change the component, only once one of them accepts.`}
        chosenLabel="Councils you have added as maintainers"
        search={searchCouncils}
        defaultOptions={defaults.otherMaintainers}
        exclude={[council.code]}
        noResults="No council has that name"
        error={error('maintainingCouncilCodes')}
      />
    </>
  );
}
