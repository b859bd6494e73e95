import type { PubliccodeImportDetailsFragment } from '@lgx/web/data-access';
import { NotificationBanner, Table } from '@lgx/web/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

type Problem = PubliccodeImportDetailsFragment['errors'][number];

const problemRows = (problems: readonly Problem[]) =>
  problems.map((problem, index) => ({
    key: `${index}-${problem.path}`,
    cells: [
      problem.line ? String(problem.line) : '',
      problem.path ? <code key="path">{problem.path}</code> : 'The whole file',
      problem.message,
    ],
  }));

const COLUMNS = [{ label: 'Line', numeric: true }, { label: 'Key' }, { label: 'Problem' }];

/** The verdict on a publiccode.yml: every error (which block the import) and every warning. */
export function ImportResults({ result }: { result: PubliccodeImportDetailsFragment }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const invalid = result.outcome === 'INVALID';
  useEffect(() => {
    if (invalid) heading.current?.focus();
  }, [result, invalid]);
  return (
    <section aria-labelledby="import-results-heading" className="govuk-!-margin-bottom-8">
      {invalid ? (
        <div className="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2
              className="govuk-error-summary__title"
              id="import-results-heading"
              tabIndex={-1}
              ref={heading}
            >
              The file was not imported: {result.errors.length}{' '}
              {result.errors.length === 1 ? 'problem' : 'problems'} to fix
            </h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">
                Fix {result.errors.length === 1 ? 'it' : 'them'} in the file, then import it again.
                Nothing has been saved.
              </p>
            </div>
          </div>
        </div>
      ) : (
        <NotificationBanner
          success
          heading={
            <span id="import-results-heading">
              {result.outcome === 'UPDATED'
                ? `${result.component?.name} has been updated from the file`
                : `${result.component?.name} has been imported as a draft`}
            </span>
          }
        >
          <p className="govuk-body">
            <Link
              className="govuk-notification-banner__link"
              to={`/components/${result.component?.id}`}
            >
              Check it and publish it
            </Link>
            {result.version ? ` (publiccode.yml ${result.version})` : ''}.
          </p>
        </NotificationBanner>
      )}
      {result.errors.length > 0 && (
        <Table caption="Errors" columns={COLUMNS} rows={problemRows(result.errors)} />
      )}
      {result.warnings.length > 0 && (
        <Table
          caption="Warnings (these do not stop the import)"
          columns={COLUMNS}
          rows={problemRows(result.warnings)}
        />
      )}
    </section>
  );
}
