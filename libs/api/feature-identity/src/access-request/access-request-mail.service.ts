import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AccountMailService } from '../account/account-mail.service';

/** Who an access request's email goes to. */
export type AccessRequestAudience =
  { platformAdmins: true } | { councilAdminsOf: string } | { accountIds: string[] };

/**
 * The emails of access requests: to whoever decides when one is made, and to
 * the people who asked when it is decided. Sent after the change is saved,
 * best effort (a failure is logged; the request is in the queue either way).
 */
@Injectable()
export class AccessRequestMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: AccountMailService,
  ) {}

  /** Emails `lines` and a link to `path` to everyone in `audience` (active, confirmed accounts). */
  tell(audience: AccessRequestAudience, subject: string, lines: string[], path: string): void {
    this.mail.later(undefined, 'access request', async () => {
      const recipients = await this.recipients(audience);
      const text = [...lines, '', this.mail.url(path)].join('\n');
      // One message per person: no one sees who else it went to.
      return recipients.map((to) => ({ to, subject, text }));
    });
  }

  private async recipients(audience: AccessRequestAudience): Promise<string[]> {
    const [where, parameters]: [string, unknown[]] =
      'platformAdmins' in audience
        ? [`a.platform_role = 'ADMIN'`, []]
        : 'councilAdminsOf' in audience
          ? [
              `a.id IN (SELECT account_id FROM council_membership WHERE council_code = $1 AND status = 'active' AND role = 'ADMIN')`,
              [audience.councilAdminsOf],
            ]
          : [`a.id = ANY($1)`, [audience.accountIds]];
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT a.email FROM account a WHERE ${where} AND a.status = 'active'
         AND a.email IS NOT NULL AND a.email_verified_at IS NOT NULL ORDER BY a.email`,
      parameters,
    );
    return rows.map((row) => row.email);
  }
}
