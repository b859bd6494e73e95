import { useEffect } from 'react';

import { SERVICE_NAME } from './page-layout';

/** Sets the document title the GOV.UK way: "Page – Service". */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}
