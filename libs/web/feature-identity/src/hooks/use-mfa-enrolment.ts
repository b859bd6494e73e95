import { StartMfaEnrolmentDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { useEffect, useRef } from 'react';

/**
 * Starts setting up an authenticator app once the account is known to have
 * none: the new secret and its QR code arrive as the mutation's data.
 */
export function useMfaEnrolment(mfaEnabled: boolean | undefined) {
  const start = useGraphQLMutation(StartMfaEnrolmentDocument);
  const { mutate: startEnrolment } = start;
  const started = useRef(false);
  useEffect(() => {
    // Each start makes a new secret: start once (React runs effects twice in development).
    if (mfaEnabled !== false || started.current) return;
    started.current = true;
    startEnrolment({});
  }, [mfaEnabled, startEnrolment]);
  return start;
}
