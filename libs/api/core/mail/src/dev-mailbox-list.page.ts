import { renderDevMailboxPage } from './dev-mailbox.layout';
import type { CaughtMessage } from './dev-mailbox.store';
import { escapeHtml } from './escape-html';
import { formatDateTime } from './format-date-time';

function row(message: CaughtMessage): string {
  const received = message.date
    ? `<time datetime="${message.date.toISOString()}">${escapeHtml(formatDateTime(message.date))}</time>`
    : 'Unknown';
  const href = `/dev/mailbox/${encodeURIComponent(message.id)}`;
  return `<tr class="govuk-table__row">
<td class="govuk-table__cell">${received}</td>
<td class="govuk-table__cell">${escapeHtml(message.to)}</td>
<td class="govuk-table__cell"><a class="govuk-link" href="${escapeHtml(href)}">${escapeHtml(message.subject || '(no subject)')}</a></td>
</tr>`;
}

/** The dev mailbox: the newest caught messages in a table, each linking to its page. */
export function renderMailboxListPage(
  listing: { messages: CaughtMessage[]; total: number },
  dir: string,
): string {
  const { messages, total } = listing;
  const intro = `<h1 class="govuk-heading-l">Dev mailbox</h1>
<p class="govuk-body"><strong class="govuk-tag">Development only</strong></p>
<p class="govuk-body">Mail the API sent on this machine. Nothing was delivered: the local SMTP catcher kept each message in ${escapeHtml(dir)}.</p>`;
  if (messages.length === 0) {
    return renderDevMailboxPage({
      title: 'Dev mailbox – LGX',
      content: `${intro}\n<p class="govuk-body">No mail yet. Mail the API sends appears here; refresh the page to see it.</p>`,
    });
  }
  const caption =
    messages.length < total
      ? `The newest ${messages.length} of ${total} messages`
      : `${total} ${total === 1 ? 'message' : 'messages'}, newest first`;
  return renderDevMailboxPage({
    title: 'Dev mailbox – LGX',
    content: `${intro}
<table class="govuk-table">
<caption class="govuk-table__caption">${escapeHtml(caption)}</caption>
<thead class="govuk-table__head">
<tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Received</th>
<th scope="col" class="govuk-table__header">To</th>
<th scope="col" class="govuk-table__header">Subject</th>
</tr>
</thead>
<tbody class="govuk-table__body">
${messages.map(row).join('\n')}
</tbody>
</table>`,
  });
}
