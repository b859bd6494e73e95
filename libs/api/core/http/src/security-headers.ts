import type { AppConfig } from '@lgx/api/core/config';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The built web app loads only its own scripts, styles, fonts and images and
 * talks only to this origin, so nothing else is allowed: no inline script, no
 * framing, no plugins.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
};

/** Helmet with our policy; HSTS only in production, where the app is served over HTTPS. */
export function securityHeaders(config: Pick<AppConfig, 'environment'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Over plain HTTP (local runs) HSTS would make browsers insist on HTTPS for the host.
    strictTransportSecurity:
      config.environment === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    xPoweredBy: true,
  });
}
