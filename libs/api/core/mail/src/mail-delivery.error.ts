/** Thrown when a mail could not be handed to the SMTP server; the message never holds credentials. */
export class MailDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailDeliveryError';
  }

  /** Names the SMTP host and why sending failed, with the URL's user and password scrubbed out. */
  static fromSmtpFailure(failure: unknown, smtpUrl: string): MailDeliveryError {
    const url = new URL(smtpUrl);
    const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
    let reason = failure instanceof Error ? failure.message : String(failure);
    const credentials = [url.password, url.username].flatMap((part) => [
      part,
      decodeURIComponent(part),
    ]);
    for (const secret of credentials.filter(Boolean)) reason = reason.split(secret).join('***');
    const code = (failure as { code?: unknown } | null)?.code;
    const suffix = typeof code === 'string' ? ` (${code})` : '';
    return new MailDeliveryError(
      `Could not send mail through the SMTP server ${url.hostname}:${port}: ${reason}${suffix}`,
    );
  }
}
