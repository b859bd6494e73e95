import {
  PostGroupMessageDocument,
  ProcurementGroupWorkspaceDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, Loading, Textarea } from '@lgx/web/ui';
import type { FormEvent } from 'react';

import { useActionErrors } from '../hooks/use-action-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { DocumentUploadForm } from './document-upload-form';
import { GroupMessages } from './group-messages';
import { SharedDocuments } from './shared-documents';

/** The discussion and shared documents, for member councils only. */
export function Workspace({ groupId }: { groupId: string }) {
  const { data, error } = useGraphQLQuery(ProcurementGroupWorkspaceDocument, { id: groupId });
  const changed = useGroupsChanged();
  const messageErrors = useActionErrors({ body: 'message-body' });
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
        <GroupMessages messages={messages} />
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
        <DocumentUploadForm groupId={groupId} />
      </section>
    </>
  );
}
