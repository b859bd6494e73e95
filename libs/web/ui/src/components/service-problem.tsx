import { usePageTitle } from '../layout/page-title';
import { ErrorSummary } from './error-summary';

/** The page for a failure nobody can fix from here but by trying again in a moment. */
export function ServiceProblem({ message }: { message: string }) {
  usePageTitle('Sorry, there is a problem', true);
  return (
    <>
      <ErrorSummary errors={[{ message }]} />
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">Try again in a moment.</p>
    </>
  );
}
