import type { CaughtMessage } from './dev-mailbox.store';
import { renderMailboxListPage } from './dev-mailbox-list.page';
import { renderMailboxMessagePage } from './dev-mailbox-message.page';
import { renderMissingMessagePage } from './dev-mailbox-missing.page';

const message: CaughtMessage = {
  id: '1760000000000-0a1b2c3d',
  subject: 'Confirm <b>your</b> email',
  from: 'LGX <no-reply@lgx.localhost>',
  to: 'officer@council.gov.uk',
  date: new Date('2025-03-03T14:05:09Z'),
  text: 'Open https://lgx.test/verify?token=abc to confirm.',
};

describe('dev mailbox pages', () => {
  it('lists messages in a captioned table under one h1, escaping what the mail says', () => {
    const html = renderMailboxListPage({ messages: [message], total: 1 }, '/tmp/mailbox');
    expect(html).toContain('<html lang="en-GB"');
    expect(html).toContain('<title>Dev mailbox – LGX</title>');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<main');
    expect(html).toContain('<caption class="govuk-table__caption">1 message, newest first');
    expect(html).toContain(
      '<a class="govuk-link" href="/dev/mailbox/1760000000000-0a1b2c3d">Confirm &lt;b&gt;your&lt;/b&gt; email</a>',
    );
    expect(html).toContain('3 March 2025 at 14:05:09');
    expect(html).not.toContain('<b>your</b>');
  });

  it('says when only the newest messages are shown, and when there are none', () => {
    expect(renderMailboxListPage({ messages: [message], total: 250 }, '/tmp/m')).toContain(
      'The newest 1 of 250 messages',
    );
    const empty = renderMailboxListPage({ messages: [], total: 0 }, '/tmp/m');
    expect(empty).toContain('No mail yet.');
    expect(empty).not.toContain('<table');
  });

  it('shows one message with its subject as the h1 and its links clickable', () => {
    const html = renderMailboxMessagePage(message);
    expect(html).toContain(
      '<title>Confirm &lt;b&gt;your&lt;/b&gt; email – Dev mailbox – LGX</title>',
    );
    expect(html).toContain(
      '<h1 class="govuk-heading-l">Confirm &lt;b&gt;your&lt;/b&gt; email</h1>',
    );
    expect(html).toContain('officer@council.gov.uk');
    expect(html).toContain('LGX &lt;no-reply@lgx.localhost&gt;');
    expect(html).toContain('<a class="govuk-link" href="https://lgx.test/verify?token=abc">');
    expect(html).toContain('<a href="/dev/mailbox" class="govuk-back-link">');
  });

  it('copes with a message that has no subject or date', () => {
    const html = renderMailboxMessagePage({ ...message, subject: undefined, date: undefined });
    expect(html).toContain('<h1 class="govuk-heading-l">(no subject)</h1>');
    expect(html).toContain('Unknown');
  });

  it('says plainly when a message is not there', () => {
    const html = renderMissingMessagePage();
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<a class="govuk-link" href="/dev/mailbox">');
  });
});
