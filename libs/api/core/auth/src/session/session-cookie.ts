import type { AppConfig } from '@lgx/api/core/config';
import type { CookieOptions } from 'express';

/** The cookie that carries a session's random token (the database holds only its SHA-256). */
export const SESSION_COOKIE = 'lgx_session';
/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ...and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const SESSION_TOUCH_EVERY_MS = 60 * 1000;
/** Longer cookie values are not tokens LGX issued, and are not looked up. */
export const SESSION_TOKEN_MAX_LENGTH = 100;

/** The session cookie's options: set with `maxAge`, cleared without. */
export function sessionCookieOptions(
  environment: AppConfig['environment'],
  maxAge = 0,
): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: environment === 'production',
    path: '/',
    ...(maxAge > 0 ? { maxAge } : {}),
  };
}
