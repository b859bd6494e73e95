import { Button, ErrorSummary, FileUpload } from '@lgx/web/ui';

import { useAttachments } from '../hooks/use-attachments';
import { AttachedDocuments } from './attached-documents';

const FIELD_ID = 'attachment-file';

/** The documents attached to a case study; its editors add and remove them. */
export function Attachments({ caseStudyId }: { caseStudyId: string }) {
  const { query, input, problem, status, upload, remove, submit, removeFile } =
    useAttachments(caseStudyId);
  const study = query.data?.caseStudy;
  if (query.error || !study) return null;
  const files = study.attachments;
  if (files.length === 0 && !study.canEdit) return null;

  return (
    <section aria-labelledby="attachments-heading" className="lgx-attachments">
      <h2 className="govuk-heading-m" id="attachments-heading">
        Documents
      </h2>
      <AttachedDocuments
        files={files}
        canEdit={study.canEdit}
        removing={remove.isPending ? remove.variables?.id : undefined}
        onRemove={removeFile}
      />
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
