import {
  CaseStudyAttachmentsDocument,
  DeleteCaseStudyAttachmentDocument,
  type GraphQLRequestError,
  queryKey,
  QueryKeys,
  uploadFile,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, FileUpload } from '@lgx/web/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';

/** As the API checks the content: see libs/api/core/storage/src/file-type.ts. */
const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation':
    'PowerPoint presentation',
  'application/msword': 'Word document',
  'application/vnd.ms-excel': 'Excel spreadsheet',
  'application/vnd.ms-powerpoint': 'PowerPoint presentation',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
};

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** "820 bytes", "14 KB", "2.4 MB", as GOV.UK attachments say it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const FIELD_ID = 'attachment-file';

/** The documents attached to a case study; its editors add and remove them. */
export function Attachments({ caseStudyId }: { caseStudyId: string }) {
  const queryClient = useQueryClient();
  const { data, error } = useGraphQLQuery(CaseStudyAttachmentsDocument, { id: caseStudyId });
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: queryKey(QueryKeys.CaseStudyAttachments, { id: caseStudyId }),
    });

  const upload = useMutation<{ filename: string }, GraphQLRequestError, File>({
    mutationFn: (file) => uploadFile(`/case-studies/${caseStudyId}/attachments`, file),
    onSuccess: async (saved) => {
      await refresh();
      if (input.current) input.current.value = '';
      setProblem(undefined);
      setStatus(`${saved.filename} is attached.`);
    },
    onError: (failure) => {
      setStatus('');
      setProblem(failure.message);
    },
  });
  const remove = useGraphQLMutation(DeleteCaseStudyAttachmentDocument, {
    onSuccess: () => refresh(),
  });

  const study = data?.caseStudy;
  if (error || !study) return null;
  const files = study.attachments;
  if (files.length === 0 && !study.canEdit) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setProblem('Select a file to attach');
    if (file.size === 0) return setProblem('The selected file is empty');
    if (file.size > MAX_UPLOAD_BYTES)
      return setProblem('The selected file must be smaller than 10 MB');
    setProblem(undefined);
    setStatus('');
    upload.mutate(file);
  };

  return (
    <section aria-labelledby="attachments-heading" className="lgx-attachments">
      <h2 className="govuk-heading-m" id="attachments-heading">
        Documents
      </h2>
      {files.length === 0 ? (
        <p className="govuk-body">No documents are attached yet.</p>
      ) : (
        <ul className="govuk-list" aria-label="Attached documents">
          {files.map((file) => (
            <li key={file.id} className="lgx-attachment">
              <a className="govuk-link" href={file.url}>
                {file.filename}
              </a>{' '}
              <span className="govuk-body-s govuk-!-margin-bottom-0">
                ({KINDS[file.contentType] ?? file.contentType}, {formatBytes(file.size)})
              </span>
              {study.canEdit && (
                <Button
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-0 govuk-!-margin-left-2 lgx-no-print"
                  busy={remove.isPending && remove.variables?.id === file.id}
                  onClick={() => {
                    setStatus('');
                    remove.mutate(
                      { id: file.id },
                      { onSuccess: () => setStatus(`${file.filename} was removed.`) },
                    );
                  }}
                >
                  Remove<span className="govuk-visually-hidden"> {file.filename}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.error && <ErrorSummary errors={[{ message: remove.error.message }]} />}
      {study.canEdit && (
        <form className="lgx-no-print" onSubmit={submit} noValidate>
          {problem && <ErrorSummary errors={[{ fieldId: FIELD_ID, message: problem }]} />}
          <FileUpload
            id={FIELD_ID}
            ref={input}
            label="Attach a document"
            labelClassName="govuk-label--s"
            hint="A PDF, a Word, Excel or PowerPoint document, or a PNG, JPEG, GIF or WebP image, smaller than 10 MB. Anyone who can read this case study can download it."
            error={problem}
          />
          <Button variant="secondary" busy={upload.isPending}>
            Attach document
          </Button>
        </form>
      )}
      <p className="govuk-body govuk-hint" role="status" aria-live="polite">
        {upload.isPending ? 'Attaching the document…' : status}
      </p>
    </section>
  );
}
