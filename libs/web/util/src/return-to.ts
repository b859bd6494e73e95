const ORIGIN = 'https://lgx.invalid';
const AUTH_PATHS = ['/sign-in', '/sign-in/two-factor', '/signed-out'];

/**
 * Where to go after signing in: only a path on this site that starts with a
 * single "/" (never "//host" or "/\host", which browsers treat as another
 * site), with no control characters; else the fallback. Sign-in pages
 * themselves are refused, so a person is never sent round in a circle.
 */
export function safeReturnTo(raw: string | null | undefined, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return fallback;
  if (!raw.startsWith('/') || raw[1] === '/' || raw.includes('\\')) return fallback;
  // Browsers drop tabs and newlines from URLs, so "/\t/host" would become "//host".
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (AUTH_PATHS.includes(path)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, coming back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  const safe = safeReturnTo(returnTo, '');
  return safe && safe !== '/' ? `/sign-in?returnTo=${encodeURIComponent(safe)}` : '/sign-in';
}

/** The two-factor sign-in step, coming back to `returnTo` afterwards. */
export function twoFactorPath(returnTo: string): string {
  const safe = safeReturnTo(returnTo, '');
  return safe && safe !== '/'
    ? `/sign-in/two-factor?returnTo=${encodeURIComponent(safe)}`
    : '/sign-in/two-factor';
}
