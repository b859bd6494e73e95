import { NotAnEditor } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for officers who open a case study page for council editors. */
export function NotACaseStudyEditor({
  councilName,
  reason,
}: {
  councilName?: string;
  reason?: string;
}) {
  return (
    <NotAnEditor
      councilName={councilName}
      reason={reason}
      editorsMay="write and change its case studies"
      stillCan={
        <>
          <Link className="govuk-link" to="/search">
            read other councils’ case studies
          </Link>{' '}
          or check your role on{' '}
          <Link className="govuk-link" to="/account">
            your account
          </Link>
        </>
      }
    />
  );
}
