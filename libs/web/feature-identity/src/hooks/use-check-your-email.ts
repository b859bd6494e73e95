import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/** Once a confirmation link has been sent: on to "check your email", which names the address. */
export function useCheckYourEmail(): (sent: { email: string }) => void {
  const navigate = useNavigate();
  return useCallback(
    (sent) => void navigate('/check-your-email', { state: { email: sent.email } }),
    [navigate],
  );
}
