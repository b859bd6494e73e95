import { MailDeliveryError } from './mail-delivery.error';

describe('MailDeliveryError.fromSmtpFailure', () => {
  it('names the host and the reason, with the default port of the scheme', () => {
    const failure = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:587'), {
      code: 'ESOCKET',
    });
    const error = MailDeliveryError.fromSmtpFailure(failure, 'smtp://smtp.example.com');
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error.message).toBe(
      'Could not send mail through the SMTP server smtp.example.com:587: ' +
        'connect ECONNREFUSED 10.0.0.5:587 (ESOCKET)',
    );
    expect(MailDeliveryError.fromSmtpFailure('x', 'smtps://smtp.example.com').message).toContain(
      'smtp.example.com:465',
    );
  });

  it('scrubs the user and password out of the reason, encoded or not', () => {
    const error = MailDeliveryError.fromSmtpFailure(
      new Error('Invalid login for mailer@lgx.test with p@ss word'),
      'smtps://mailer%40lgx.test:p%40ss%20word@smtp.example.com:465',
    );
    expect(error.message).not.toContain('p@ss word');
    expect(error.message).not.toContain('mailer@lgx.test');
    expect(error.message).toContain('smtp.example.com:465');
  });
});
