import { notificationMail } from './notification-mail';

const PARTS = {
  subject: 'A question for your council',
  greeting: 'Hello <Ada>,',
  intro: 'Asked of your council:',
  notifications: [
    {
      id: 'n1',
      subjectType: 'question',
      subjectId: 'q1',
      title: 'Housing <script>alert(1)</script> & "repairs"',
      reason: 'Asked of your council',
      url: '/case-studies/x#q1',
      createdAt: new Date('2026-12-01T09:00:00Z'),
    },
  ],
  publicUrl: 'https://lgx.example.gov.uk',
  preferencesUrl: 'https://lgx.example.gov.uk/email-preferences',
  unsubscribeUrl: 'https://lgx.example.gov.uk/unsubscribe/abc',
  unsubscribeLabel: 'Unsubscribe from these emails',
  unsubscribeAllUrl: 'https://lgx.example.gov.uk/unsubscribe/all',
};

describe('notificationMail', () => {
  it('links every notification absolutely, in the text and the HTML', () => {
    const mail = notificationMail(PARTS);
    expect(mail.text).toContain('https://lgx.example.gov.uk/case-studies/x#q1');
    expect(mail.html).toContain('href="https://lgx.example.gov.uk/case-studies/x#q1"');
    expect(mail.text).toContain(
      'Unsubscribe from these emails: https://lgx.example.gov.uk/unsubscribe/abc',
    );
    expect(mail.text).toContain('https://lgx.example.gov.uk/unsubscribe/all');
  });

  it('escapes every value in the HTML, and keeps the text as written', () => {
    const mail = notificationMail(PARTS);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<Ada>');
    expect(mail.html).toContain(
      'Housing &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;repairs&quot;',
    );
    expect(mail.text).toContain('Housing <script>alert(1)</script> & "repairs"');
  });
});
