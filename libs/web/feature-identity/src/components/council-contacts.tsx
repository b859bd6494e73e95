import type { CouncilContactsQuery, CouncilRole } from '@lgx/web/data-access';
import { Link } from 'react-router';

import { namesWithTitles, withRole } from '../model/access-request-text';

type Contact = CouncilContactsQuery['councilContacts'][number];

/**
 * Who a council's LGX admins and editors are, for its officers, and how to
 * ask for more: the editor role from the admins, or, when the council has no
 * admin, to become its admin (the platform's admins decide).
 */
export function CouncilContacts({
  councilName,
  contacts,
  viewerRole,
}: {
  councilName: string;
  contacts: Contact[];
  viewerRole: CouncilRole | null;
}) {
  const admins = withRole(contacts, 'ADMIN');
  const editors = withRole(contacts, 'EDITOR');
  return (
    <section aria-labelledby="council-contacts">
      <h2 className="govuk-heading-m" id="council-contacts">
        Who runs {councilName} on LGX
      </h2>
      <p className="govuk-body">
        {admins.length > 0
          ? `${councilName}’s LGX ${admins.length === 1 ? 'admin is' : 'admins are'} ${namesWithTitles(admins)}. Admins give roles and manage members.`
          : `${councilName} has no LGX admin yet.`}
      </p>
      <p className="govuk-body">
        {editors.length > 0
          ? `${editors.length === 1 ? 'Its editor is' : 'Its editors are'} ${namesWithTitles(editors)}. Editors write and publish for the council.`
          : `${councilName} has no editors yet.`}
      </p>
      {viewerRole !== 'ADMIN' && (
        <ul className="govuk-list">
          {viewerRole === 'OFFICER' && (
            <li>
              <Link className="govuk-link" to="/account/council-role">
                Ask for the editor role
              </Link>
            </li>
          )}
          {admins.length === 0 && (
            <li>
              <Link className="govuk-link" to="/account/council-role#admin">
                Ask to become {councilName}’s LGX admin
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
