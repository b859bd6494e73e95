import {
  PostGroupMessageDocument,
  ProcurementGroupWorkspaceDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, Loading, Textarea } from '@lgx/web/ui';
import { type FormEvent, useRef, useState } from 'react';

import { useGroupsChanged } from '../use-groups-changed';
import { SharedDocuments } from './shared-documents';
import { useActionErrors } from './use-action';

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** The discussion and shared documents, for member councils only. */
export function Workspace({ groupId }: { groupId: string }) {
  const { data, error } = useGraphQLQuery(ProcurementGroupWorkspaceDocument, { id: groupId });
  const changed = useGroupsChanged();
  const messageErrors = useActionErrors({ body: 'message-body' });
  const [uploadError, setUploadError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const post = useGraphQLMutation(PostGroupMessageDocument, {
    onSuccess: async () => {
      messageErrors.clear();
      await changed();
    },
  });

  const submitMessage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '');
    post.mutate(
      { id: groupId, body },
      { onError: messageErrors.fail, onSuccess: () => form.reset() },
    );
  };
  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setUploadError('Choose a file to share');
    setUploading(true);
    try {
      const response = await fetch(`/procurement-groups/${groupId}/documents`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/octet-stream',
          'x-filename': encodeURIComponent(file.name),
        },
        body: file,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          errors?: { message: string }[];
        } | null;
        setUploadError(body?.errors?.[0]?.message ?? 'The file could not be shared. Try again.');
        return;
      }
      setUploadError(undefined);
      if (fileInput.current) fileInput.current.value = '';
      await changed();
    } finally {
      setUploading(false);
    }
  };

  if (error) return <p className="govuk-body">{error.message}</p>;
  if (!data) return <Loading label="Loading the discussion" />;
  const { messages, documents } = data.procurementGroupWorkspace;
  return (
    <>
      <section aria-labelledby="discussion-heading">
        <h2 className="govuk-heading-m" id="discussion-heading">
          Discussion
        </h2>
        <p className="govuk-body govuk-hint">Only officers of member councils see this.</p>
        {messages.length === 0 ? (
          <p className="govuk-body">No messages yet.</p>
        ) : (
          <ul className="govuk-list" aria-label="Messages">
            {messages.map((message) => (
              <li key={message.id} className="govuk-!-margin-bottom-4">
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <strong>{message.authorName}</strong>, {message.council.name},{' '}
                  {when(String(message.createdAt))}
                </p>
                <p className="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>
                  {message.body}
                </p>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={submitMessage} noValidate aria-label="Post a message">
          <ErrorSummary errors={messageErrors.errors.summary} />
          <Textarea
            id="message-body"
            name="body"
            label="Your message"
            rows={3}
            error={messageErrors.errors.byField['message-body']}
          />
          <Button busy={post.isPending}>Post</Button>
        </form>
      </section>
      <section aria-labelledby="documents-heading">
        <h2 className="govuk-heading-m" id="documents-heading" tabIndex={-1}>
          Documents
        </h2>
        <SharedDocuments documents={documents} />
        <form onSubmit={upload} noValidate aria-label="Share a document">
          <div className={`govuk-form-group${uploadError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="document-file">
              Share a document
            </label>
            <div className="govuk-hint" id="document-file-hint">
              A PDF, Word, Excel or PowerPoint document, or an image, up to 10 MB
            </div>
            {uploadError && (
              <p id="document-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {uploadError}
              </p>
            )}
            <input
              className={`govuk-file-upload${uploadError ? ' govuk-file-upload--error' : ''}`}
              id="document-file"
              name="file"
              type="file"
              ref={fileInput}
              aria-describedby={`document-file-hint${uploadError ? ' document-file-error' : ''}`}
            />
          </div>
          <Button variant="secondary" busy={uploading}>
            Upload
          </Button>
        </form>
      </section>
    </>
  );
}
