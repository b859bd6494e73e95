export const SERVICE_NAME = 'LGX, the LocalGov Exchange';

/** The GOV.UK footer: where the council register comes from, and the content's licence. */
export function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <p className="govuk-body-s">
              {SERVICE_NAME}: councils sharing what works. Council register from{' '}
              <a
                className="govuk-footer__link"
                href="https://github.com/mysociety/uk_local_authority_names_and_codes"
              >
                mySociety&apos;s UK local authority names and codes
              </a>{' '}
              (MIT licence).
            </p>
            <span className="govuk-footer__licence-description">
              All content is available under the{' '}
              <a
                className="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
          </div>
        </div>
      </div>
    </footer>
  );
}
