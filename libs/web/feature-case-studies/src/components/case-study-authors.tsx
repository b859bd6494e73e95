import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { councilLink } from '@lgx/web/util';
import type { ReactNode } from 'react';

/** "A", "A and B", "A, B and C", with each item as given. */
function joined(items: ReactNode[]): ReactNode[] {
  return items.flatMap((item, index) => [
    index === 0 ? '' : index === items.length - 1 ? ' and ' : ', ',
    item,
  ]);
}

/** Who wrote a case study: its lead council, and its co-author councils. */
export function CaseStudyAuthors({ study }: { study: CaseStudyDetailsFragment }) {
  return (
    <p className="govuk-body">
      By {councilLink(study.leadCouncil)}
      {study.coAuthorCouncils.length > 0 && (
        <>
          , with{' '}
          {joined(
            study.coAuthorCouncils.map((council) => (
              <span key={council.code}>{councilLink(council)}</span>
            )),
          )}
        </>
      )}
      .
    </p>
  );
}
