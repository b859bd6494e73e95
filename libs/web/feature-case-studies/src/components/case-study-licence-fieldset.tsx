import { Select, WebAddressInput } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS, LICENCES } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** The licence it is published under and where it came from. */
export function CaseStudyLicenceFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <h2 className="govuk-heading-l">Licence and source</h2>
      <Select
        id={IDS.licence}
        name={IDS.licence}
        label="Licence"
        hint="Published case studies can be reused under this licence. The Open Government Licence is usual for council content."
        options={LICENCES.map(({ value, label }) => ({ value, label }))}
        defaultValue={defaults.licence}
        error={error('licence')}
      />
      <WebAddressInput
        id={IDS.sourceUrl}
        label="Source"
        hint="If this is based on a published report, its web address, like www.example.gov.uk/report"
        defaultValue={defaults.sourceUrl}
        error={error('sourceUrl')}
      />
    </>
  );
}
