import {
  DeleteGroupDocumentDocument,
  type ProcurementGroupWorkspaceQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ErrorSummary } from '@lgx/web/ui';
import { useEffect, useState } from 'react';

import { useGroupsChanged } from '../use-groups-changed';

type SharedDocument = ProcurementGroupWorkspaceQuery['procurementGroupWorkspace']['documents'][0];

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The files shared with a group. Who may remove one (an editor of the council
 * that shared it, or of the lead) sees a Remove button, and confirms first:
 * removing cannot be undone. The result is announced politely.
 */
export function SharedDocuments({ documents }: { documents: SharedDocument[] }) {
  const changed = useGroupsChanged();
  const [confirming, setConfirming] = useState<SharedDocument>();
  const [status, setStatus] = useState('');
  const remove = useGraphQLMutation(DeleteGroupDocumentDocument);
  useEffect(() => {
    if (confirming) document.getElementById(`confirm-remove-${confirming.id}`)?.focus();
  }, [confirming]);

  const ask = (file: SharedDocument) => {
    remove.reset();
    setStatus('');
    setConfirming(file);
  };
  const keep = (file: SharedDocument) => {
    setConfirming(undefined);
    setStatus(`${file.filename} was kept.`);
    // Back to the button that asked, now it is shown again.
    setTimeout(() => document.getElementById(`remove-${file.id}`)?.focus());
  };
  const confirm = (file: SharedDocument) =>
    remove.mutate(
      { id: file.id },
      {
        onSuccess: async () => {
          setConfirming(undefined);
          await changed();
          setStatus(`${file.filename} was removed.`);
          document.getElementById('documents-heading')?.focus();
        },
      },
    );

  return (
    <>
      {remove.error && <ErrorSummary errors={[{ message: remove.error.message }]} />}
      {documents.length === 0 ? (
        <p className="govuk-body">No documents shared yet.</p>
      ) : (
        <ul className="govuk-list" aria-label="Shared documents">
          {documents.map((file) => (
            <li key={file.id} className="govuk-!-margin-bottom-3">
              <a className="govuk-link" href={file.url}>
                {file.filename}
              </a>{' '}
              ({size(file.size)}, from {file.council.name})
              {file.canRemove && confirming?.id !== file.id && (
                <Button
                  type="button"
                  variant="secondary"
                  id={`remove-${file.id}`}
                  className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                  onClick={() => ask(file)}
                >
                  Remove<span className="govuk-visually-hidden"> {file.filename}</span>
                </Button>
              )}
              {confirming?.id === file.id && (
                <div className="govuk-!-margin-top-2">
                  <p className="govuk-body" id={`remove-${file.id}-question`}>
                    Remove {file.filename} for every member council? This cannot be undone.
                  </p>
                  <div className="govuk-button-group">
                    <Button
                      type="button"
                      variant="warning"
                      id={`confirm-remove-${file.id}`}
                      aria-describedby={`remove-${file.id}-question`}
                      busy={remove.isPending}
                      onClick={() => confirm(file)}
                    >
                      Yes, remove it
                    </Button>
                    <Button type="button" variant="secondary" onClick={() => keep(file)}>
                      Keep it
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body govuk-hint" role="status" aria-live="polite">
        {remove.isPending ? 'Removing the document…' : status}
      </p>
    </>
  );
}
