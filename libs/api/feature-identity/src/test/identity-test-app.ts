import {
  bootFeatureAppWithMail,
  seedTestCouncils,
  startTestMailbox,
  type TestApp,
} from '@lgx/api/testing';

import { AccountMailService } from '../account/account-mail.service';
import { IDENTITY_ENTITIES } from '../identity.module';
import { IdentityModule } from '../identity.module';

export interface IdentityTestApp extends TestApp {
  /** The messages a real SMTP server received, newest last, as raw text, once queued mail is sent. */
  mail: () => Promise<string[]>;
  /** The first link in the newest message to `to` that matches `pattern`, once queued mail is sent. */
  linkFor: (to: string, pattern: RegExp) => Promise<string>;
}

/** Where accounts sign up in these tests: derby.gov.uk is Derby's domain. */
export const DERBY_DOMAIN = { domain: 'derby.gov.uk', councilCode: 'DER' } as const;

/**
 * The identity feature on its own app, with a real SMTP server catching its
 * mail; with `councilDomain`, that domain already belongs to its council.
 */
export async function bootIdentityApp(
  councilDomain?: typeof DERBY_DOMAIN,
): Promise<IdentityTestApp> {
  const mailbox = await startTestMailbox();
  const harness = await bootFeatureAppWithMail(mailbox, {
    imports: [IdentityModule],
    entities: IDENTITY_ENTITIES,
  });
  await seedTestCouncils(harness.dataSource);
  if (councilDomain)
    await harness.dataSource.query(
      `INSERT INTO council_domain (domain, council_code) VALUES ($1, $2)`,
      [councilDomain.domain, councilDomain.councilCode],
    );
  // Account mail goes out after the response: wait for it, as a person would.
  const mail = async () => {
    await harness.app.get(AccountMailService).settled();
    return mailbox.all();
  };
  return {
    ...harness,
    mail,
    linkFor: async (to, pattern) => {
      const message = (await mail())
        .reverse()
        .find((raw) => raw.toLowerCase().includes(`to: ${to.toLowerCase()}`));
      if (!message) throw new Error(`No mail to ${to}`);
      // Undo quoted-printable soft line breaks before looking for the link.
      const body = message.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = body.match(/https?:\/\/\S+/g)?.find((url) => pattern.test(url));
      if (!link) throw new Error(`No link matching ${pattern} in mail to ${to}`);
      return link;
    },
    close: async () => {
      await harness.close();
      await mailbox.stop();
    },
  };
}
