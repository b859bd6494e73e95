import { Fragment } from 'react';
import { Link } from 'react-router';

import { caseStudyPath } from '../model/business-case-request';

interface Source {
  caseStudyId: string;
  title: string;
}

/** The case studies a figure comes from, as links, separated by semicolons. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <Fragment key={source.caseStudyId}>
          {index > 0 ? '; ' : null}
          <Link className="govuk-link" to={caseStudyPath(source.caseStudyId)}>
            {source.title}
          </Link>
        </Fragment>
      ))}
    </>
  );
}
