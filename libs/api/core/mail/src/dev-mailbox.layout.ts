import { createHash } from 'node:crypto';

import { escapeHtml } from './escape-html';

// The web app's built GOV.UK stylesheet is not reachable from the API, so the
// few rules these pages use are inlined, with GOV.UK Frontend's class names,
// colours and type scale.
const CSS = [
  'body{margin:0;font-family:arial,sans-serif;color:#0b0c0c;background:#fff;line-height:1.32}',
  '.govuk-width-container{max-width:960px;margin:0 15px}',
  '@media (min-width:40.0625em){.govuk-width-container{margin:0 30px}}',
  '@media (min-width:1020px){.govuk-width-container{margin:0 auto}}',
  '.govuk-skip-link{position:absolute;left:-9999px;padding:10px 15px;font-size:1rem}',
  '.govuk-skip-link:focus{position:static;display:block}',
  '.govuk-header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;padding:10px 0}',
  '.govuk-header__service-name{font-weight:700;font-size:1.5rem}',
  '.govuk-main-wrapper{display:block;padding:20px 0 40px}',
  '.govuk-heading-l{font-size:2.25rem;line-height:1.11;margin:0 0 30px}',
  '.govuk-heading-m{font-size:1.5rem;margin:30px 0 15px}',
  '.govuk-body{font-size:1.1875rem;margin:0 0 20px}',
  '.govuk-tag{display:inline-block;padding:2px 8px;background:#bbd4ea;color:#0c2d4a;font-size:1rem}',
  '.govuk-link,.govuk-back-link{color:#1d70b8;text-decoration:underline;text-underline-offset:.1em}',
  '.govuk-link:visited{color:#4c2c92}.govuk-link:hover{color:#003078}',
  '.govuk-back-link{display:inline-block;margin-top:15px;font-size:1rem;color:#0b0c0c}',
  'a:focus{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}',
  '.govuk-table{width:100%;border-collapse:collapse;font-size:1.1875rem;margin-bottom:40px}',
  '.govuk-table__caption{text-align:left;font-weight:700;font-size:1.5rem;margin-bottom:15px}',
  '.govuk-table__header,.govuk-table__cell{padding:10px 20px 10px 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}',
  '.govuk-summary-list{font-size:1.1875rem;margin:0 0 30px}',
  '.govuk-summary-list__row{display:flex;flex-wrap:wrap;border-bottom:1px solid #b1b4b6}',
  '.govuk-summary-list__key{font-weight:700;width:30%;min-width:6em;margin:0;padding:10px 20px 10px 0}',
  '.govuk-summary-list__value{margin:0;padding:10px 0;flex:1;overflow-wrap:anywhere}',
  '.lgx-mail-text{white-space:pre-wrap;overflow-wrap:anywhere;border-left:5px solid #b1b4b6;padding-left:15px}',
].join('\n');

/** Response headers of every dev mailbox page: no scripts, only the inline style above, never cached. */
export const DEV_MAILBOX_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  // The pages show one-time links.
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
};

export interface DevMailboxPage {
  /** Plain text, escaped here. */
  title: string;
  /** HTML above <main>, such as a back link. */
  beforeContent?: string;
  /** HTML of the page's content, already escaped. */
  content: string;
}

/** A whole HTML page in the GOV.UK Frontend style around the given content. */
export function renderDevMailboxPage(page: DevMailboxPage): string {
  return `<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}</style>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header">
<div class="govuk-width-container"><span class="govuk-header__service-name">LGX dev mailbox</span></div>
</header>
<div class="govuk-width-container">
${page.beforeContent ?? ''}
<main class="govuk-main-wrapper" id="main-content">
${page.content}
</main>
</div>
</body>
</html>
`;
}
