import type { Actor } from '@lgx/api/core/auth';
import { ReaderGroupsRegistry, type ReaderScope } from '@lgx/api/core/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A reader's scope, as search would apply it, and the account it belongs to. */
export interface Reader {
  accountId: string;
  scope: ReaderScope;
}

/**
 * Who a reader is, as search sees them (ReaderScope), for a request's actor
 * or, when delivering, for accounts by id: the same rule as the session's
 * actor (an active account; a council only with a confirmed email and an
 * active membership; platform staff see officer content). Reads identity's
 * tables read-only, as core/auth's ActorReader does.
 */
@Injectable()
export class ReaderScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readerGroups: ReaderGroupsRegistry,
  ) {}

  async ofActor(actor: Actor): Promise<ReaderScope> {
    return {
      officer: Boolean(actor.council) || actor.platformRoles.length > 0,
      councilCode: actor.council?.code,
      groupIds: await this.readerGroups.groupIdsOf(actor.council?.code),
    };
  }

  /** Scopes of these accounts, now; accounts that are no longer active are left out. */
  async ofAccounts(accountIds: readonly string[]): Promise<Map<string, ReaderScope>> {
    if (accountIds.length === 0) return new Map();
    const rows: { id: string; councilCode: string | null; staff: boolean }[] =
      await this.dataSource.query(
        `SELECT a.id, a.platform_role IS NOT NULL AS staff,
                CASE WHEN a.email_verified_at IS NOT NULL AND m.status = 'active'
                     THEN m.council_code END AS "councilCode"
           FROM account a
           LEFT JOIN council_membership m ON m.account_id = a.id
          WHERE a.id = ANY($1::uuid[]) AND a.status = 'active'`,
        [[...new Set(accountIds)]],
      );
    const groupsOf = new Map<string, string[]>();
    for (const code of new Set(rows.map((row) => row.councilCode).filter(Boolean) as string[]))
      groupsOf.set(code, await this.readerGroups.groupIdsOf(code));
    return new Map(
      rows.map((row) => [
        row.id,
        {
          officer: row.councilCode !== null || row.staff,
          councilCode: row.councilCode ?? undefined,
          groupIds: row.councilCode ? (groupsOf.get(row.councilCode) ?? []) : [],
        },
      ]),
    );
  }

  /** The active, verified officers of these councils; only those of `roles` when given. */
  async officersOf(councilCodes: readonly string[], roles?: readonly string[]): Promise<string[]> {
    if (councilCodes.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.id FROM account a JOIN council_membership m ON m.account_id = a.id
        WHERE m.council_code = ANY($1::text[]) AND m.status = 'active'
          AND ($2::text[] IS NULL OR m.role = ANY($2::text[]))
          AND a.status = 'active' AND a.email_verified_at IS NOT NULL`,
      [[...new Set(councilCodes)], roles ? [...roles] : null],
    );
    return rows.map((row) => row.id);
  }
}
