import {
  CouncilCaseStudiesDocument,
  isEditorOf,
  useGraphQLQuery,
  ViewerDocument,
} from '@lgx/web/data-access';
import {
  CaseStudyStatusTag,
  ErrorSummary,
  FIGURES_BASIS_LABELS,
  HeadlineFigures,
  Loading,
  Tag,
} from '@lgx/web/ui';
import { Link } from 'react-router';

/**
 * A council's case studies (as lead or co-author), newest first, each with its
 * headline figures: published
 * ones for everyone, drafts too for the council's own officers; and a
 * "Write a case study" button for its editors.
 */
export function CouncilCaseStudies({ council }: { council: { code: string; name: string } }) {
  const { data, error } = useGraphQLQuery(CouncilCaseStudiesDocument, {
    councilCode: council.code,
  });
  const viewer = useGraphQLQuery(ViewerDocument, {}).data?.viewer;
  const studies = data?.councilCaseStudies;

  return (
    <section aria-labelledby="case-studies-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="case-studies-heading">
        Case studies
      </h2>
      {isEditorOf(viewer, council.code) && (
        <Link className="govuk-button" data-module="govuk-button" to="/case-studies/new">
          Write a case study
        </Link>
      )}
      {error && (
        <ErrorSummary
          title="Case studies could not be loaded"
          errors={[{ message: error.message }]}
        />
      )}
      {!error && !studies && <Loading label="Loading case studies" />}
      {studies && studies.length === 0 && (
        <p className="govuk-body">{council.name} has not shared any case studies yet.</p>
      )}
      {studies && studies.length > 0 && (
        <ul className="govuk-list lgx-case-study-list">
          {studies.map((study) => (
            <li key={study.id} className="lgx-case-study-list__item">
              <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/case-studies/${study.id}`}>
                  {study.title}
                </Link>
              </h3>
              <p className="lgx-tags">
                <CaseStudyStatusTag status={study.status} />
                <Tag colour={study.stage.key === 'STOPPED' ? 'red' : 'blue'}>
                  <span className="govuk-visually-hidden">Stage: </span>
                  {study.stage.label}
                </Tag>
                {study.isSample && <Tag colour="purple">Sample content</Tag>}
              </p>
              <p className="govuk-body">{study.summary}</p>
              <HeadlineFigures
                figures={{
                  investmentStated: study.investmentStated,
                  cashableSavingsStated: study.cashableSavingsStated,
                  netPresentValue: study.appraisal?.central.unadjusted.netPresentValue ?? null,
                  paybackYear: study.appraisal?.central.unadjusted.paybackYear ?? null,
                  figuresBasis: study.appraisal ? FIGURES_BASIS_LABELS[study.figuresBasis] : null,
                  notWorkedOut: study.appraisalNotWorkedOut,
                }}
              />
              {study.leadCouncil.code !== council.code && (
                <p className="govuk-body-s">
                  Led by{' '}
                  <Link className="govuk-link" to={`/councils/${study.leadCouncil.code}`}>
                    {study.leadCouncil.name}
                  </Link>
                  , with {council.name}.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
