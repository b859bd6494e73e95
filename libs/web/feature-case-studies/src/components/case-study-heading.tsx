import { type CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { CaseStudyStatusTag, Tag } from '@lgx/web/ui';

/** The case study's title, with tags for its status (unless published), stage and samples. */
export function CaseStudyHeading({ study }: { study: CaseStudyDetailsFragment }) {
  return (
    <>
      <span className="govuk-caption-l">Case study</span>
      <h1 className="govuk-heading-xl">{study.title}</h1>
      <p className="lgx-tags">
        {study.status !== 'PUBLISHED' && <CaseStudyStatusTag status={study.status} />}
        <Tag colour={study.stage.key === 'STOPPED' ? 'red' : 'blue'}>
          <span className="govuk-visually-hidden">Stage: </span>
          {study.stage.label}
        </Tag>
        {study.isSample && <Tag colour="purple">Sample content</Tag>}
      </p>
    </>
  );
}
