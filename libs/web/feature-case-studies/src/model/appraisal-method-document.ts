// The method's full text (docs/appraisal-method.md), which Vite emits as a file of its own and
// links to. It is a document, not code of another project, so the project graph has no edge for it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import documentUrl from '../../../../../docs/appraisal-method.md?url';

/** Where the full description of LGX's appraisal method can be read. */
export const APPRAISAL_METHOD_DOCUMENT_URL: string = documentUrl;
