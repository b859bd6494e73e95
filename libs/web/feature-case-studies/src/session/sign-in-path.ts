/**
 * The sign-in page, coming back to `here` afterwards (a path on this site,
 * which the sign-in page checks again before following it).
 */
export function signInPath(here: string): string {
  return here.startsWith('/') && !here.startsWith('//') && here !== '/'
    ? `/sign-in?returnTo=${encodeURIComponent(here)}`
    : '/sign-in';
}

/** The two-factor step of signing in, coming back to `here` afterwards. */
export function twoFactorPath(here: string): string {
  return here.startsWith('/') && !here.startsWith('//') && here !== '/'
    ? `/sign-in/two-factor?returnTo=${encodeURIComponent(here)}`
    : '/sign-in/two-factor';
}
