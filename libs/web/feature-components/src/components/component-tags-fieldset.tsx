import { COMPONENT_STANDARDS, SERVICE_AREAS, TECHNOLOGIES } from '@lgx/shared/domain';
import { Checkboxes } from '@lgx/web/ui';

import { COMPONENT_FIELD_IDS as IDS } from '../model/component-form-values';
import { itemsOf } from '../model/items-of';
import type { ComponentFieldsetProps } from './component-fieldset-props';

/** Service areas, technologies and standards. */
export function ComponentTagsFieldset({ defaults, error }: ComponentFieldsetProps) {
  return (
    <>
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
    </>
  );
}
