import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { mailtoHref, signInPath } from '@lgx/web/util';
import { Link } from 'react-router';

/** The subject of a message to a case study's contact, naming the case study. */
export const contactSubject = (title: string) => `Your case study on LGX: ${title}`;

/**
 * Who to ask about a case study. The API gives contact details to signed-in
 * officers only, so visitors are asked to sign in.
 */
export function ContactDetails({
  study,
  officer,
  here,
}: {
  study: Pick<CaseStudyDetailsFragment, 'title' | 'contactName' | 'contactEmail' | 'leadCouncil'>;
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
          <a
            className="govuk-link"
            href={mailtoHref(study.contactEmail, contactSubject(study.title))}
          >
            {study.contactEmail}
            <span className="govuk-visually-hidden"> (email the author about this case study)</span>
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
