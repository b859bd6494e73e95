import { WarningText } from '@lgx/web/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** The recovery codes, shown once when two-factor authentication is turned on. */
export function RecoveryCodes({
  codes,
  continueTo,
  continueLabel,
}: {
  codes: string[];
  continueTo: string;
  continueLabel: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          Two-factor authentication is on
        </h1>
        <h2 className="govuk-heading-m">Save your recovery codes</h2>
        <p className="govuk-body">
          If you lose your phone, sign in with one of these codes instead of a code from your app.
          Each code works once.
        </p>
        <WarningText>
          Keep these codes somewhere safe, such as a password manager. This is the only time you
          will see them.
        </WarningText>
        <ol
          className="govuk-list govuk-list--number lgx-recovery-codes"
          aria-label="Recovery codes"
        >
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <Link className="govuk-button" data-module="govuk-button" to={continueTo}>
          {continueLabel}
        </Link>
      </div>
    </div>
  );
}
