import { renderDevMailboxPage } from './dev-mailbox.layout';
import type { CaughtMessage } from './dev-mailbox.store';
import { escapeHtml } from './escape-html';
import { formatDateTime } from './format-date-time';
import { linkifyText } from './linkify-text';

function summaryRow(key: string, valueHtml: string): string {
  return `<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${escapeHtml(key)}</dt>
<dd class="govuk-summary-list__value">${valueHtml}</dd>
</div>`;
}

/** One caught message: subject, sender, recipient, date and its text with clickable links. */
export function renderMailboxMessagePage(message: CaughtMessage): string {
  const subject = message.subject || '(no subject)';
  const date = message.date
    ? `<time datetime="${message.date.toISOString()}">${escapeHtml(formatDateTime(message.date))}</time>`
    : 'Unknown';
  return renderDevMailboxPage({
    title: `${subject} – Dev mailbox – LGX`,
    // Before <main> as GOV.UK places back links, in a landmark so no content is left outside one.
    beforeContent:
      '<nav aria-label="Back"><a href="/dev/mailbox" class="govuk-back-link">Back to the dev mailbox</a></nav>',
    content: `<h1 class="govuk-heading-l">${escapeHtml(subject)}</h1>
<dl class="govuk-summary-list">
${summaryRow('From', escapeHtml(message.from))}
${summaryRow('To', escapeHtml(message.to))}
${summaryRow('Date', date)}
</dl>
<h2 class="govuk-heading-m">Message</h2>
<div class="govuk-body lgx-mail-text">${linkifyText(message.text)}</div>`,
  });
}
