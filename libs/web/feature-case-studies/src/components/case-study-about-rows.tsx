import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import type { SummaryRow } from '@lgx/web/ui';
import { topicList } from '@lgx/web/util';

import { LICENCES } from '../model/case-study-fields';
import { formatDate, formatMoment } from '../model/dates';

const NOT_GIVEN = 'Not given';

/** The "About this case study" rows: taxonomies, dates, licence and source. */
export function caseStudyAboutRows(study: CaseStudyDetailsFragment): SummaryRow[] {
  const licence = LICENCES.find((l) => l.value === study.licence);
  return [
    { key: 'Service areas', value: topicList('SERVICE_AREA', study.serviceAreas) },
    { key: 'Strategic objectives', value: topicList('STRATEGIC_OBJECTIVE', study.objectives) },
    { key: 'Technologies', value: topicList('TECHNOLOGY', study.technologies) },
    { key: 'Started', value: formatDate(study.startDate) ?? NOT_GIVEN },
    {
      key: 'Ended',
      value: formatDate(study.endDate) ?? (study.startDate ? 'Still running' : NOT_GIVEN),
    },
    { key: 'First published', value: formatMoment(study.publishedAt) ?? 'Not yet published' },
    { key: 'Last updated', value: formatMoment(study.updatedAt) ?? NOT_GIVEN },
    {
      key: 'Licence',
      value: licence ? (
        <a className="govuk-link" href={licence.url} rel="license noreferrer">
          {licence.label}
        </a>
      ) : (
        study.licence
      ),
    },
    {
      key: 'Source',
      value: study.sourceUrl ? (
        <a
          className="govuk-link lgx-break-words"
          href={study.sourceUrl}
          rel="noopener noreferrer nofollow"
        >
          {study.sourceUrl}
        </a>
      ) : (
        NOT_GIVEN
      ),
    },
  ];
}
