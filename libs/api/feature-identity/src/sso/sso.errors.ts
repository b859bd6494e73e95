/** Why a sign-on did not complete, for the sign-in page (never a token or a stack). */
export class SsoError extends Error {
  constructor(readonly reason: 'unavailable' | 'expired' | 'refused' | 'wrong-domain' | 'failed') {
    super(`Single sign-on ${reason}`);
  }
}
