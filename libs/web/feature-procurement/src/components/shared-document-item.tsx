import type { ProcurementGroupWorkspaceQuery } from '@lgx/web/data-access';
import { Button } from '@lgx/web/ui';

export type SharedDocument =
  ProcurementGroupWorkspaceQuery['procurementGroupWorkspace']['documents'][0];

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface SharedDocumentItemProps {
  file: SharedDocument;
  /** Whether removing this file waits for a yes or no. */
  confirming: boolean;
  removing: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onKeep: () => void;
}

/** One shared file: its link, size and council, with Remove, and the question Remove asks. */
export function SharedDocumentItem(props: SharedDocumentItemProps) {
  const { file, confirming, removing, onAsk, onConfirm, onKeep } = props;
  return (
    <li className="govuk-!-margin-bottom-3">
      <a className="govuk-link" href={file.url}>
        {file.filename}
      </a>{' '}
      ({size(file.size)}, from {file.council.name})
      {file.canRemove && !confirming && (
        <Button
          type="button"
          variant="secondary"
          id={`remove-${file.id}`}
          className="govuk-!-margin-bottom-0 govuk-!-margin-left-2"
          onClick={onAsk}
        >
          Remove<span className="govuk-visually-hidden"> {file.filename}</span>
        </Button>
      )}
      {confirming && (
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
              busy={removing}
              onClick={onConfirm}
            >
              Yes, remove it
            </Button>
            <Button type="button" variant="secondary" onClick={onKeep}>
              Keep it
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
