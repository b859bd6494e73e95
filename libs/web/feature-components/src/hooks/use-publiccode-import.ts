import { completeWebAddress } from '@lgx/shared/domain';
import {
  type GraphQLRequestError,
  ImportPubliccodeDocument,
  ImportPubliccodeFromUrlDocument,
  type PubliccodeImportDetailsFragment,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { useSignInAgain } from '@lgx/web/util';
import { type FormEvent, useState } from 'react';

import { useComponentChanged } from './use-component-changed';

/** The ids of the import page's three inputs. */
export const PUBLICCODE_FIELDS = {
  content: 'publiccode-content',
  file: 'publiccode-file',
  url: 'publiccode-url',
};
const FIELDS = PUBLICCODE_FIELDS;
const MAX_BYTES = 512 * 1024;

/** Bytes to base64, so the server checks the file is UTF-8 itself. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type FormError = { fieldId?: string; message: string };

/**
 * The import's state: the last result or problem, and a submit handler for
 * each way in (pasted, uploaded, fetched from an address).
 */
export function usePubliccodeImport() {
  const signInAgain = useSignInAgain();
  const changed = useComponentChanged();
  const [result, setResult] = useState<PubliccodeImportDetailsFragment>();
  const [formError, setFormError] = useState<FormError>();
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
    const url = completeWebAddress(String(new FormData(event.currentTarget).get(FIELDS.url) ?? ''));
    if (!url)
      return setFormError({
        fieldId: FIELDS.url,
        message: 'Enter the address of the publiccode.yml',
      });
    fromUrl.mutate({ url }, { onError: failed(FIELDS.url) });
  };
  const fieldError = (fieldId: string) =>
    formError?.fieldId === fieldId ? formError.message : undefined;

  return {
    result,
    formError,
    fieldError,
    busy,
    sendingText: fromText.isPending,
    sendingUrl: fromUrl.isPending,
    pasted,
    uploaded,
    fetched,
  };
}
