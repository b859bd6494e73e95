import { NotAnEditor } from '@lgx/web/ui';
import { Link } from 'react-router';

/** The page for officers who open a component page for council editors. */
export function NotAComponentEditor({
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
      editorsMay="add and change its components"
      stillCan={
        <>
          <Link className="govuk-link" to="/components">
            browse the catalogue
          </Link>{' '}
          and record which components your council uses
        </>
      }
    />
  );
}
