import { renderDevMailboxPage } from './dev-mailbox.layout';

/** The page for a message id the dev mailbox does not hold (sent with a 404). */
export function renderMissingMessagePage(): string {
  return renderDevMailboxPage({
    title: 'Message not found – Dev mailbox – LGX',
    content: `<h1 class="govuk-heading-l">Message not found</h1>
<p class="govuk-body">The dev mailbox has no message at this address. It may have been deleted from the mailbox folder.</p>
<p class="govuk-body"><a class="govuk-link" href="/dev/mailbox">Go to the dev mailbox</a></p>`,
  });
}
