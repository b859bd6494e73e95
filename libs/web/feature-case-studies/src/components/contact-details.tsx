import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { signInPath } from '@lgx/web/util';
import { Link } from 'react-router';

/**
 * Who to ask about a case study. The API gives contact details to signed-in
 * officers only, so visitors are asked to sign in.
 */
export function ContactDetails({
  study,
  officer,
  here,
}: {
  study: Pick<CaseStudyDetailsFragment, 'contactName' | 'contactEmail' | 'leadCouncil'>;
  officer: boolean;
  here: string;
}) {
  let content;
  if (study.contactName || study.contactEmail) {
    content = (
      <p className="govuk-body">
        {study.contactName}
        {study.contactName && study.contactEmail && <br />}
        {study.contactEmail && (
          <a className="govuk-link" href={`mailto:${study.contactEmail}`}>
            {study.contactEmail}
          </a>
        )}
      </p>
    );
  } else if (!officer) {
    content = (
      <p className="govuk-body">
        <Link className="govuk-link" to={signInPath(here)}>
          Sign in as a council officer
        </Link>{' '}
        to see contact details.
      </p>
    );
  } else {
    content = (
      <p className="govuk-body">
        {study.leadCouncil.name} has not named a contact. You could ask the council’s digital team.
      </p>
    );
  }
  return (
    <section aria-labelledby="contact-heading">
      <h2 className="govuk-heading-m" id="contact-heading">
        Contact
      </h2>
      {content}
    </section>
  );
}
