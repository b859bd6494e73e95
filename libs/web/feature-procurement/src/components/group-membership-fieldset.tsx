import { GROUP_VISIBILITIES } from '@lgx/shared/domain';
import { DateInput, datePartsFromIso, Radios, TextInput } from '@lgx/web/ui';

import type { GroupFieldsetProps } from './group-fieldset-props';

/** Who can join, how many councils it needs and when interest closes. */
export function GroupMembershipFieldset({
  errors: e,
  dateParts = {},
  defaults,
}: GroupFieldsetProps) {
  return (
    <>
      <TextInput
        id="minimum-councils"
        name="minimumCouncils"
        label="Minimum number of councils for the bid to go ahead"
        inputMode="numeric"
        className="govuk-input--width-3"
        defaultValue={String(defaults.minimumCouncils)}
        error={e['minimum-councils']}
      />
      <Radios
        id="visibility"
        name="visibility"
        legend="Who can join"
        error={e['visibility']}
        defaultValue={defaults.visibility}
        items={Object.entries(GROUP_VISIBILITIES).map(([value, label]) => ({
          value,
          label,
          hint:
            value === 'OPEN'
              ? 'Any council finds it in search and can join'
              : 'Only councils you invite or accept; others cannot find it',
        }))}
      />
      <DateInput
        id="interest-closes-on"
        legend="Closing date for expressions of interest"
        hint="Before the desired contract start. For example, 31 1 2027"
        error={e['interest-closes-on']}
        errorParts={dateParts['interest-closes-on']}
        defaultValue={datePartsFromIso(defaults.interestClosesOn)}
      />
    </>
  );
}
