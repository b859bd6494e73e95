import { DeleteGroupDocumentDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { ErrorSummary } from '@lgx/web/ui';
import { useEffect, useState } from 'react';

import { useGroupsChanged } from '../hooks/use-groups-changed';
import { type SharedDocument, SharedDocumentItem } from './shared-document-item';

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
            <SharedDocumentItem
              key={file.id}
              file={file}
              confirming={confirming?.id === file.id}
              removing={remove.isPending}
              onAsk={() => ask(file)}
              onConfirm={() => confirm(file)}
              onKeep={() => keep(file)}
            />
          ))}
        </ul>
      )}
      <p className="govuk-body govuk-hint" role="status" aria-live="polite">
        {remove.isPending ? 'Removing the document…' : status}
      </p>
    </>
  );
}
