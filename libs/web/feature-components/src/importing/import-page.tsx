import {
  canWriteCaseStudies,
  type GraphQLRequestError,
  ImportPubliccodeDocument,
  ImportPubliccodeFromUrlDocument,
  type PubliccodeImportDetailsFragment,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  FormStatus,
  Loading,
  Textarea,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import { signInPath, twoFactorPath, useHere, useSignInAgain } from '@lgx/web/util';
import { type FormEvent, useState } from 'react';
import { Navigate } from 'react-router';

import { NotAnEditor, QueryFailure } from '../session/page-problems';
import { useComponentChanged } from '../session/use-component-changed';
import { ImportResults } from './import-results';

const FIELDS = { content: 'publiccode-content', file: 'publiccode-file', url: 'publiccode-url' };
const MAX_BYTES = 512 * 1024;

/** Bytes to base64, so the server checks the file is UTF-8 itself. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Import a component from a publiccode.yml: pasted, uploaded, or fetched from its address. */
export function ImportPage() {
  const { data, error } = useViewer();
  const here = useHere();
  const signInAgain = useSignInAgain();
  const changed = useComponentChanged();
  const [result, setResult] = useState<PubliccodeImportDetailsFragment>();
  const [formError, setFormError] = useState<{ fieldId?: string; message: string }>();
  const done = async (imported: PubliccodeImportDetailsFragment) => {
    setFormError(undefined);
    setResult(imported);
    if (imported.outcome !== 'INVALID') await changed();
  };
  const failed = (fieldId: string) => (failure: GraphQLRequestError) => {
    if (signInAgain(failure)) return;
    setResult(undefined);
    setFormError({ fieldId, message: failure.message });
  };
  const fromText = useGraphQLMutation(ImportPubliccodeDocument, {
    onSuccess: (answer) => done(answer.importPubliccode),
  });
  const fromUrl = useGraphQLMutation(ImportPubliccodeFromUrlDocument, {
    onSuccess: (answer) => done(answer.importPubliccodeFromUrl),
  });
  usePageTitle(
    'Import a component from publiccode.yml',
    Boolean(formError) || result?.outcome === 'INVALID',
  );

  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (viewer.mfaChallengePending) return <Navigate to={twoFactorPath(here)} replace />;
  if (!viewer.council || !canWriteCaseStudies(viewer))
    return <NotAnEditor councilName={viewer.council?.name} />;

  const busy = fromText.isPending || fromUrl.isPending;
  const pasted = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const content = String(new FormData(event.currentTarget).get(FIELDS.content) ?? '');
    if (!content.trim())
      return setFormError({ fieldId: FIELDS.content, message: 'Paste the contents of the file' });
    fromText.mutate({ content }, { onError: failed(FIELDS.content) });
  };
  const uploaded = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = (event.currentTarget.elements.namedItem(FIELDS.file) as HTMLInputElement)
      .files?.[0];
    if (!file)
      return setFormError({ fieldId: FIELDS.file, message: 'Choose a publiccode.yml file' });
    if (file.size > MAX_BYTES)
      return setFormError({
        fieldId: FIELDS.file,
        message: 'The file must be smaller than 512 KB',
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    fromText.mutate({ fileBase64: toBase64(bytes) }, { onError: failed(FIELDS.file) });
  };
  const fetched = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const url = String(new FormData(event.currentTarget).get(FIELDS.url) ?? '').trim();
    if (!url)
      return setFormError({
        fieldId: FIELDS.url,
        message: 'Enter the address of the publiccode.yml',
      });
    fromUrl.mutate({ url }, { onError: failed(FIELDS.url) });
  };
  const fieldError = (fieldId: string) =>
    formError?.fieldId === fieldId ? formError.message : undefined;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {formError && <ErrorSummary errors={[formError]} />}
        <span className="govuk-caption-l">{viewer.council.name}</span>
        <h1 className="govuk-heading-xl">Import a component from publiccode.yml</h1>
        <p className="govuk-body">
          publiccode.yml is the standard file that describes public-sector software. LGX checks it
          against the standard (versions 0.2 to 0.5) and lists every problem it finds, with the key
          and the line. If the repository is already in the catalogue and your council maintains it,
          importing it again updates it.
        </p>
        {result && <ImportResults result={result} />}
        <form noValidate onSubmit={pasted}>
          <Textarea
            id={FIELDS.content}
            label="Paste the publiccode.yml"
            labelAsHeading={2}
            labelClassName="govuk-label--m"
            rows={14}
            spellCheck={false}
            className="govuk-textarea lgx-code"
            error={fieldError(FIELDS.content)}
          />
          <Button busy={fromText.isPending}>Check and import</Button>
        </form>
        <form noValidate onSubmit={uploaded}>
          <div
            className={`govuk-form-group${fieldError(FIELDS.file) ? ' govuk-form-group--error' : ''}`}
          >
            <h2 className="govuk-label-wrapper">
              <label className="govuk-label govuk-label--m" htmlFor={FIELDS.file}>
                Or upload the file
              </label>
            </h2>
            {fieldError(FIELDS.file) && (
              <p className="govuk-error-message" id={`${FIELDS.file}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {fieldError(FIELDS.file)}
              </p>
            )}
            <input
              className="govuk-file-upload"
              id={FIELDS.file}
              name={FIELDS.file}
              type="file"
              accept=".yml,.yaml,text/yaml,application/yaml"
              aria-describedby={fieldError(FIELDS.file) ? `${FIELDS.file}-error` : undefined}
            />
          </div>
          <Button busy={fromText.isPending} variant="secondary">
            Upload and import
          </Button>
        </form>
        <form noValidate onSubmit={fetched}>
          <TextInput
            id={FIELDS.url}
            label="Or give its web address"
            labelClassName="govuk-label--m"
            hint="The raw file, such as https://raw.githubusercontent.com/your-council/your-repo/main/publiccode.yml. LGX only fetches from public addresses."
            type="url"
            spellCheck={false}
            error={fieldError(FIELDS.url)}
          />
          <Button busy={fromUrl.isPending} variant="secondary">
            Fetch and import
          </Button>
        </form>
        <FormStatus busy={busy} label="Checking the file" />
      </div>
    </div>
  );
}
