import { escapeHtml } from '@lgx/api/core/mail';

const CSS =
  'body{font-family:arial,sans-serif;color:#0b0c0c;max-width:40em;margin:30px auto;padding:0 15px;line-height:1.4}' +
  'h1{font-size:2rem}button{font-size:1.1875rem;padding:8px 10px;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;cursor:pointer}' +
  'button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}a{color:#1d70b8}' +
  'button:focus,a:focus{outline:3px solid #fd0;outline-offset:0}';

/** Response headers of the unsubscribe pages: no scripts, forms only to this site, never cached. */
export const UNSUBSCRIBE_PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

interface PageParts {
  title: string;
  body: string;
  /** A form posting to `action` with one button. */
  form?: { action: string; button: string; secondary?: boolean };
  preferencesUrl: string;
}

/** A small standalone page (the link works signed out, in any mail client's browser). */
export function renderUnsubscribePage(parts: PageParts): string {
  const form = parts.form
    ? `<form method="post" action="${escapeHtml(parts.form.action)}"><button type="submit"${parts.form.secondary ? ' class="secondary"' : ''}>${escapeHtml(parts.form.button)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} - LGX</title><style>${CSS}</style></head>
<body><main><h1>${escapeHtml(parts.title)}</h1><p>${escapeHtml(parts.body)}</p>${form}
<p><a href="${escapeHtml(parts.preferencesUrl)}">Your email preferences</a> (sign in first)</p></main></body></html>`;
}
