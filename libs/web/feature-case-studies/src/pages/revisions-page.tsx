import { CaseStudyRevisionsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, Table, type TableRow, usePageTitle } from '@lgx/web/ui';
import { Link, useParams } from 'react-router';

import { QueryFailure } from '../components/query-failure';
import { formatMoment } from '../model/dates';

/** The published versions of a case study, newest first, each with what changed. */
export function RevisionsPage() {
  const { id = '' } = useParams();
  const { data, error } = useGraphQLQuery(CaseStudyRevisionsDocument, { id });
  usePageTitle(data ? `Revision history: ${data.caseStudy.title}` : 'Revision history');
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading label="Loading the revision history" />;
  const { caseStudy: study, caseStudyRevisions: revisions } = data;

  const rows: TableRow[] = revisions.map((revision) => ({
    key: String(revision.version),
    cells: [
      `Version ${revision.version}`,
      formatMoment(revision.changedAt) ?? '',
      revision.changedByCouncil?.name ?? 'Not recorded',
      <Link
        key="diff"
        className="govuk-link"
        to={`/case-studies/${study.id}/history/${revision.version}`}
      >
        See what changed
        <span className="govuk-visually-hidden"> in version {revision.version}</span>
      </Link>,
    ],
  }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/case-studies/${study.id}`}>
          Back to the case study
        </Link>
        <span className="govuk-caption-l">{study.title}</span>
        <h1 className="govuk-heading-xl">Revision history</h1>
        <p className="govuk-body">
          Each time the case study is published, or changed while published, LGX keeps a version.
          Changes are credited to councils, not to people.
        </p>
        {rows.length === 0 ? (
          <p className="govuk-body">It has not been published yet, so it has no versions.</p>
        ) : (
          <Table
            caption={`${rows.length} version${rows.length === 1 ? '' : 's'}, newest first`}
            captionHidden
            columns={[
              { label: 'Version' },
              { label: 'Date' },
              { label: 'Changed by' },
              { label: 'Changes' },
            ]}
            rows={rows}
          />
        )}
      </div>
    </div>
  );
}
