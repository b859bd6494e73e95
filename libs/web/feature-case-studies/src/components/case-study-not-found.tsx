import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for a case study that does not exist, or that the viewer may not see yet. */
export function CaseStudyNotFound() {
  usePageTitle('Case study not found');
  return (
    <>
      <h1 className="govuk-heading-l">Case study not found</h1>
      <p className="govuk-body">
        It may have been removed, or not be published yet. Drafts can only be seen by the councils
        that wrote them, once their officers have signed in.
      </p>
      <p className="govuk-body">
        If you typed the web address, check it is correct. You can{' '}
        <Link className="govuk-link" to="/search">
          search for case studies
        </Link>{' '}
        instead.
      </p>
    </>
  );
}
