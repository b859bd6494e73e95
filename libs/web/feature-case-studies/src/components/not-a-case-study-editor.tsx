import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for officers who open a page for council editors. */
export function NotAnEditor({ councilName, reason }: { councilName?: string; reason?: string }) {
  usePageTitle('You need to be an editor of your council');
  return (
    <>
      <h1 className="govuk-heading-l">You need to be an editor of your council</h1>
      {reason && <p className="govuk-body">{reason}</p>}
      <p className="govuk-body">
        Only editors of a council can write and change its case studies.{' '}
        {councilName
          ? `Ask an admin of ${councilName} to make you an editor.`
          : 'If you work for a council, ask one of its admins to make you an editor.'}
      </p>
      <p className="govuk-body">
        You can still{' '}
        <Link className="govuk-link" to="/search">
          read other councils’ case studies
        </Link>{' '}
        or check your role on{' '}
        <Link className="govuk-link" to="/account">
          your account
        </Link>
        .
      </p>
    </>
  );
}
