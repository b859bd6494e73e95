import { escapeHtml } from '@lgx/api/core/mail';

import type { MailedNotification } from './send-time-reader.service';

/** What an email of notifications says, as plain text and simple HTML (every value escaped). */
export interface NotificationMail {
  subject: string;
  text: string;
  html: string;
}

interface MailParts {
  subject: string;
  greeting: string;
  intro: string;
  notifications: readonly MailedNotification[];
  publicUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  unsubscribeLabel: string;
  /** The link that stops every email from LGX. */
  unsubscribeAllUrl: string;
}

const absolute = (path: string, publicUrl: string) => new URL(path, publicUrl).toString();

/** One email listing notifications, each with its absolute link and why the reader hears of it. */
export function notificationMail(parts: MailParts): NotificationMail {
  const items = parts.notifications.map((notification) => ({
    title: notification.title,
    reason: notification.reason,
    link: absolute(notification.url, parts.publicUrl),
  }));
  const text = [
    parts.greeting,
    '',
    parts.intro,
    '',
    ...items.flatMap((item) => [`- ${item.title}`, `  ${item.reason}`, `  ${item.link}`, '']),
    `Choose which emails you get: ${parts.preferencesUrl}`,
    `${parts.unsubscribeLabel}: ${parts.unsubscribeUrl}`,
    `Unsubscribe from all LGX emails: ${parts.unsubscribeAllUrl}`,
  ].join('\n');
  const list = items
    .map(
      (item) =>
        `<li><a href="${escapeHtml(item.link)}">${escapeHtml(item.title)}</a><br>${escapeHtml(item.reason)}</li>`,
    )
    .join('');
  const html = [
    `<p>${escapeHtml(parts.greeting)}</p>`,
    `<p>${escapeHtml(parts.intro)}</p>`,
    `<ul>${list}</ul>`,
    `<p><a href="${escapeHtml(parts.preferencesUrl)}">Choose which emails you get</a> · `,
    `<a href="${escapeHtml(parts.unsubscribeUrl)}">${escapeHtml(parts.unsubscribeLabel)}</a> · `,
    `<a href="${escapeHtml(parts.unsubscribeAllUrl)}">Unsubscribe from all LGX emails</a></p>`,
  ].join('');
  return { subject: parts.subject, text, html };
}
