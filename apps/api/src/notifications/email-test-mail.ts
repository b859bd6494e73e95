import type { TestMailbox } from '@lgx/api/testing';

/** A caught mail: its headers (unfolded) and its text (quoted-printable soft breaks joined). */
export interface CaughtMail {
  raw: string;
  header: (name: string) => string | undefined;
}

export function caught(raw: string): CaughtMail {
  const joined = raw.replace(/=\r?\n/g, '').replace(/=E2=80=99/g, '’');
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return {
    raw: joined,
    header: (name) =>
      head
        .split(/\r?\n/)
        .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
        ?.slice(name.length + 1)
        .trim(),
  };
}

/** The mails to `email` so far, after letting the catcher write what it received. */
export async function mailsTo(mailbox: TestMailbox, email: string): Promise<CaughtMail[]> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return mailbox.to(email).map(caught);
}

/** The one-click unsubscribe URL of a mail (its List-Unsubscribe header). */
export function unsubscribeUrl(mail: CaughtMail): string {
  const match = /^<(https?:\/\/[^>]+)>$/.exec(mail.header('List-Unsubscribe') ?? '');
  if (!match) throw new Error(`No List-Unsubscribe URL in ${mail.header('List-Unsubscribe')}`);
  return match[1]!;
}
