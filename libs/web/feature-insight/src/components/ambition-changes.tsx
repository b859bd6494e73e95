import { useAmbitionHistory } from '../hooks/use-ambition-map';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** How the map changed, newest first, for the council's officers. */
export function AmbitionChanges({ councilCode }: { councilCode: string }) {
  const history = useAmbitionHistory(councilCode, true);
  const versions = history.data?.ambitionMapHistory.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="ambition-changes">
      <h2 className="govuk-heading-m" id="ambition-changes">
        Changes
      </h2>
      {history.error && <p className="govuk-body">The changes could not be loaded just now.</p>}
      {versions.length === 0 && !history.isPending && (
        <p className="govuk-body">No changes have been saved yet.</p>
      )}
      <ol className="govuk-list">
        {versions.map((version) => (
          <li key={version.version}>
            <h3 className="govuk-heading-s">
              <time dateTime={String(version.savedAt)}>
                {when.format(new Date(String(version.savedAt)))}
              </time>
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              {version.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
