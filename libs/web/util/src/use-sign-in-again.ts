import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import type { RequestFailure } from './query-failure';
import { signInPath, twoFactorPath } from './return-to';
import { useHere } from './use-here';

/**
 * For a failed mutation: sends a person whose session has ended to sign in
 * (or one whose sign-in waits for its second step to that step), coming back
 * here afterwards. True when it did, so the form shows no error of its own.
 */
export function useSignInAgain(): (error: RequestFailure) => boolean {
  const navigate = useNavigate();
  const here = useHere();
  return useCallback(
    (error) => {
      if (error.code === 'UNAUTHENTICATED') void navigate(signInPath(here));
      else if (error.code === 'MFA_REQUIRED') void navigate(twoFactorPath(here));
      else return false;
      return true;
    },
    [navigate, here],
  );
}
