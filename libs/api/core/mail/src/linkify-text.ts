import { escapeHtml } from './escape-html';

const LINK = /\bhttps?:\/\/[^\s<>"'`]+/g;
// Punctuation that ends a sentence rather than the link: "Open https://x.test/a."
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Escapes plain text as HTML and turns its http(s) links into GOV.UK links. */
export function linkifyText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!URL.canParse(link)) continue;
    html += escapeHtml(text.slice(last, match.index));
    html += `<a class="govuk-link" href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
    last = match.index + link.length;
  }
  return html + escapeHtml(text.slice(last));
}
