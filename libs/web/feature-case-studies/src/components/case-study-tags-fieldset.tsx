import { SERVICE_AREAS, STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';
import { Checkboxes, type CheckboxItem } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

const itemsOf = (labels: Record<string, string>): CheckboxItem[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A long list of tags, folded away until it has a choice or an error. */
function LongList({
  field,
  summary,
  legend,
  labels,
  defaults,
  error,
}: CaseStudyFieldsetProps & {
  field: 'serviceAreas' | 'technologies';
  summary: string;
  legend: string;
  labels: Record<string, string>;
}) {
  return (
    <details className="govuk-details" open={defaults[field].length > 0 || Boolean(error(field))}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">
        <Checkboxes
          id={IDS[field]}
          name={IDS[field]}
          legend={legend}
          legendClassName="govuk-fieldset__legend--s"
          hint="Choose up to 10."
          error={error(field)}
          items={itemsOf(labels)}
          defaultValues={defaults[field]}
          small
        />
      </div>
    </details>
  );
}

/** Service areas, objectives and technologies. */
export function CaseStudyTagsFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <h2 className="govuk-heading-l">Tags</h2>
      <p className="govuk-body">Tags help officers with the same problem find this.</p>
      <LongList
        field="serviceAreas"
        summary="Service areas"
        legend="Which service areas is it about?"
        labels={SERVICE_AREAS}
        defaults={defaults}
        error={error}
      />
      <Checkboxes
        id={IDS.objectives}
        name={IDS.objectives}
        legend="Which strategic objectives does it serve?"
        legendClassName="govuk-fieldset__legend--s"
        error={error('objectives')}
        items={itemsOf(STRATEGIC_OBJECTIVES)}
        defaultValues={defaults.objectives}
        small
      />
      <LongList
        field="technologies"
        summary="Technologies"
        legend="Which technologies did it use?"
        labels={TECHNOLOGIES}
        defaults={defaults}
        error={error}
      />
    </>
  );
}
