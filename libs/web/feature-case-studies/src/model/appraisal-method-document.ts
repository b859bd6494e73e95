// The method's full text (docs/appraisal-method.md), served by the web app as a file of its own.
import documentUrl from '../../../../../docs/appraisal-method.md?url';

/** Where the full description of LGX's appraisal method can be read. */
export const APPRAISAL_METHOD_DOCUMENT_URL: string = documentUrl;
