import type { SMTPPoolOptions } from 'nodemailer';

/** nodemailer options that would write SMTP traffic, message bodies included, to a log. */
const LOGGING_PARAMETERS = ['logger', 'debug', 'transactionLog'];

/**
 * nodemailer SMTP options for SMTP_URL, with time limits short enough for a
 * request to wait on. Logging parameters in the URL's query are dropped:
 * message bodies hold one-time links and must never reach a log.
 *
 * Connections are pooled: a digest run sends thousands of mails, and a new
 * connection per mail (TCP, greeting, EHLO, STARTTLS on a real relay) costs
 * more than the mail itself (decision 0054). A few connections at most, each
 * closed after 100 mails or 30 s without one.
 */
export function smtpTransportOptions(smtpUrl: string): SMTPPoolOptions {
  const url = new URL(smtpUrl);
  for (const parameter of LOGGING_PARAMETERS) url.searchParams.delete(parameter);
  return {
    url: url.toString(),
    pool: true,
    maxConnections: 5,
    maxMessages: 100,
    idleTimeout: 30_000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  };
}
