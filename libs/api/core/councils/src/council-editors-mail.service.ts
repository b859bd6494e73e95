import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { CouncilDirectory } from './council-directory.service';

/** What an invitation email says, given the inviting and the invited council's names. */
export interface InvitationWording {
  subject: (inviter: string, invited: string) => string;
  /** The first line: who named whom as what, of which record. */
  named: (inviter: string, invited: string) => string;
}

/**
 * Email to the editors and admins of councils (active, verified accounts),
 * for invitations between councils and their answers. Best effort: a mail
 * server that is down never undoes a change that is already saved.
 * Provided by CouncilInvitationsModule (not global: it needs the Mailer).
 */
@Injectable()
export class CouncilEditorsMail {
  private readonly logger = new Logger(CouncilEditorsMail.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly councils: CouncilDirectory,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Emails `lines` to the editors of `councilCodes`; `open` adds a link to the record. */
  async tell(
    councilCodes: string[],
    subject: string,
    lines: string[],
    open: { label: string; path: string } | null,
  ): Promise<void> {
    try {
      const recipients: { email: string }[] = await this.dataSource.query(
        `SELECT DISTINCT a.email FROM council_membership m
           JOIN account a ON a.id = m.account_id AND a.status = 'active'
          WHERE m.council_code = ANY($1) AND m.status = 'active' AND m.role IN ('EDITOR', 'ADMIN')
            AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL
          ORDER BY a.email`,
        [councilCodes],
      );
      const link = open ? ['', `${open.label}: ${this.url(open.path)}`] : [];
      const text = [...lines, ...link].join('\n');
      for (const { email } of recipients) await this.mailer.send({ to: email, subject, text });
    } catch (error) {
      this.logger.warn(`Could not send "${subject}": ${(error as Error).message}`);
    }
  }

  /** Tells each newly invited council, one email each, where to accept or decline. */
  async tellInvited(
    inviterCode: string,
    councilCodes: string[],
    wording: InvitationWording,
  ): Promise<void> {
    if (councilCodes.length === 0) return;
    const councils = await this.councils.findByCodes([inviterCode, ...councilCodes]);
    const name = (code: string) => councils.find((c) => c.code === code)?.name ?? code;
    const inviter = name(inviterCode);
    for (const code of councilCodes)
      await this.tell(
        [code],
        wording.subject(inviter, name(code)),
        [
          wording.named(inviter, name(code)),
          '',
          `It will not be shown as ${name(code)}'s, and your editors will not be able to change it, unless someone at your council accepts.`,
          '',
          `Accept or decline on your council's page: ${this.url(`/councils/${code}#invitations`)}`,
        ],
        null,
      );
  }

  private url(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }
}
