import { Button } from '@lgx/web/ui';

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

/** "820 bytes", "14 KB", "2.4 MB", as GOV.UK attachments say it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface AttachedDocument {
  id: string;
  filename: string;
  url: string;
  contentType: string;
  size: number;
}

/** The list of a case study's documents, each with a Remove button for its editors. */
export function AttachedDocuments({
  files,
  canEdit,
  removing,
  onRemove,
}: {
  files: readonly AttachedDocument[];
  canEdit: boolean;
  /** The id of the document being removed, if one is. */
  removing: string | number | undefined;
  onRemove: (file: AttachedDocument) => void;
}) {
  if (files.length === 0) return <p className="govuk-body">No documents are attached yet.</p>;
  return (
    <ul className="govuk-list" aria-label="Attached documents">
      {files.map((file) => (
        <li key={file.id} className="lgx-attachment">
          <a className="govuk-link" href={file.url}>
            {file.filename}
          </a>{' '}
          <span className="govuk-body-s govuk-!-margin-bottom-0">
            ({KINDS[file.contentType] ?? file.contentType}, {formatBytes(file.size)})
          </span>
          {canEdit && (
            <Button
              type="button"
              variant="secondary"
              className="govuk-!-margin-bottom-0 govuk-!-margin-left-2 lgx-no-print"
              busy={removing === file.id}
              onClick={() => onRemove(file)}
            >
              Remove<span className="govuk-visually-hidden"> {file.filename}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
