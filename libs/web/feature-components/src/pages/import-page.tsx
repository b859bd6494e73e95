import { ErrorSummary, FormStatus, usePageTitle } from '@lgx/web/ui';

import { ComponentEditorGate } from '../components/component-editor-gate';
import { ImportResults } from '../components/import-results';
import {
  PubliccodePasteForm,
  PubliccodeUploadForm,
  PubliccodeUrlForm,
} from '../components/publiccode-import-forms';
import { PUBLICCODE_FIELDS as FIELDS, usePubliccodeImport } from '../hooks/use-publiccode-import';

/** Import a component from a publiccode.yml: pasted, uploaded, or fetched from its address. */
export function ImportPage() {
  const importer = usePubliccodeImport();
  const { result, formError, fieldError } = importer;
  usePageTitle(
    'Import a component from publiccode.yml',
    Boolean(formError) || result?.outcome === 'INVALID',
  );

  return (
    <ComponentEditorGate>
      {(viewer) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {formError && <ErrorSummary errors={[formError]} />}
            <span className="govuk-caption-l">{viewer.council.name}</span>
            <h1 className="govuk-heading-xl">Import a component from publiccode.yml</h1>
            <p className="govuk-body">
              publiccode.yml is the standard file that describes public-sector software. LGX checks
              it against the standard (versions 0.2 to 0.5) and lists every problem it finds, with
              the key and the line. If the repository is already in the catalogue and your council
              maintains it, importing it again updates it.
            </p>
            {result && <ImportResults result={result} />}
            <PubliccodePasteForm
              onSubmit={importer.pasted}
              busy={importer.sendingText}
              error={fieldError(FIELDS.content)}
            />
            <PubliccodeUploadForm
              onSubmit={importer.uploaded}
              busy={importer.sendingText}
              error={fieldError(FIELDS.file)}
            />
            <PubliccodeUrlForm
              onSubmit={importer.fetched}
              busy={importer.sendingUrl}
              error={fieldError(FIELDS.url)}
            />
            <FormStatus busy={importer.busy} label="Checking the file" />
          </div>
        </div>
      )}
    </ComponentEditorGate>
  );
}
