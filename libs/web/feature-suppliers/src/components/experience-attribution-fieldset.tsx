import { Radios } from '@lgx/web/ui';

import type { ExperienceFieldsetProps } from './experience-fieldset-props';

/** Whether other councils see the council's name, or only a description of it. */
export function ExperienceAttributionFieldset({
  experience,
  error,
  councilName,
}: ExperienceFieldsetProps & { councilName: string }) {
  return (
    <Radios
      id="attribution"
      name="attribution"
      legend="How should other councils see who wrote it?"
      items={[
        { value: 'NAMED', label: `Name ${councilName}` },
        {
          value: 'ANONYMISED',
          label: 'Do not name us: describe us only as at least 5 councils could be',
          hint: 'By type of council and region where at least 5 councils share them (“a district council in the East Midlands”), otherwise more broadly (“a county council”, “a council in Wales”)',
        },
      ]}
      defaultValue={experience?.attribution}
      error={error('attribution')}
    />
  );
}
