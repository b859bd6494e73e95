import { Button } from '@lgx/web/ui';

import { useDocumentUpload } from '../hooks/use-document-upload';

/** "Share a document": a file field and Upload, with what went wrong beside the field. */
export function DocumentUploadForm({ groupId }: { groupId: string }) {
  const { fileInput, uploadError, uploading, upload } = useDocumentUpload(groupId);
  return (
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
  );
}
