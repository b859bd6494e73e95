import type { SMTPTransportOptions } from 'nodemailer';

/** nodemailer options that would write SMTP traffic, message bodies included, to a log. */
const LOGGING_PARAMETERS = ['logger', 'debug', 'transactionLog'];

/**
 * nodemailer SMTP options for SMTP_URL, with time limits short enough for a
 * request to wait on. Logging parameters in the URL's query are dropped:
 * message bodies hold one-time links and must never reach a log.
 */
export function smtpTransportOptions(smtpUrl: string): SMTPTransportOptions {
  const url = new URL(smtpUrl);
  for (const parameter of LOGGING_PARAMETERS) url.searchParams.delete(parameter);
  return {
    url: url.toString(),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  };
}
