import { CaseStudyDiffDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, usePageTitle } from '@lgx/web/ui';
import { Link, useParams } from 'react-router';

import { CaseStudyNotFound } from '../components/case-study-not-found';
import { ChangedLineItem } from '../components/changed-line-item';
import { QueryFailure } from '../components/query-failure';
import { formatMoment } from '../model/dates';
import { describeChange } from '../model/describe-change';

/** What changed in one version of a case study, field by field, line by line. */
export function DiffPage() {
  const { id = '', version = '' } = useParams();
  const to = /^\d{1,9}$/.test(version) ? Number(version) : NaN;
  const valid = Number.isInteger(to) && to > 0;
  const { data, error } = useGraphQLQuery(CaseStudyDiffDocument, { id, to }, { enabled: valid });
  usePageTitle(data ? `What changed in version ${to}: ${data.caseStudy.title}` : 'What changed');
  if (!valid) return <CaseStudyNotFound />;
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading label="Loading the changes" />;
  const { caseStudy: study } = data;
  const revision = data.caseStudyRevisions.find((r) => r.version === to);
  const changes = data.caseStudyDiff.map(describeChange);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/case-studies/${study.id}/history`}>
          Back to the revision history
        </Link>
        <span className="govuk-caption-l">{study.title}</span>
        <h1 className="govuk-heading-xl">What changed in version {to}</h1>
        <p className="govuk-body">
          {to === 1 ? 'The first published version' : `Compared with version ${to - 1}`}
          {revision &&
            `, published on ${formatMoment(revision.changedAt)}${revision.changedByCouncil ? ` by ${revision.changedByCouncil.name}` : ''}`}
          .
        </p>
        <p className="govuk-body">
          Removed text is struck through on a red background; added text is underlined on a green
          background.
        </p>
        {changes.length === 0 ? (
          <p className="govuk-body">Nothing changed in this version.</p>
        ) : (
          changes.map((change) => (
            <section
              className="lgx-diff"
              key={change.field}
              aria-labelledby={`diff-${change.field}`}
            >
              <h2 className="govuk-heading-m" id={`diff-${change.field}`}>
                {change.label}
              </h2>
              <ul className="lgx-diff__lines">
                {change.lines.map((line, index) => (
                  // A line's identity is its place in the field.
                  <ChangedLineItem key={index} line={line} />
                ))}
              </ul>
            </section>
          ))
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/case-studies/${study.id}`}>
            Read the case study as it is now
          </Link>
        </p>
      </div>
    </div>
  );
}
