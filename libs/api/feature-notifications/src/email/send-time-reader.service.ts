import { QuestionDirectory } from '@lgx/api/core/contracts';
import { isVisibleTo, type ReaderScope } from '@lgx/api/core/search';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ContentDocumentReader } from '../notification/content-document.reader';
import { ReaderScopeService } from '../notification/reader-scope.service';

/** A stored notification as an email shows it. */
export interface MailedNotification {
  id: string;
  subjectType: string;
  subjectId: string;
  title: string;
  reason: string;
  url: string;
  createdAt: Date;
}

/** Who an email goes to: an active account with a confirmed address. */
export interface Recipient {
  accountId: string;
  email: string;
  name: string | null;
}

/**
 * The reader as they are when an email is sent, not when they were told:
 * their address, and which notifications they may still see, by the rule
 * the fan-out and search apply (the subject's search document and the
 * reader's scope now). A case study withdrawn to draft since, a group that
 * turned private or a reader who is no longer an officer drops out.
 */
@Injectable()
export class SendTimeReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: ReaderScopeService,
    private readonly documents: ContentDocumentReader,
    @Optional() private readonly questions?: QuestionDirectory,
  ) {}

  /** Null when the account is no longer active or its address is not confirmed. */
  async recipient(accountId: string): Promise<Recipient | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id AS "accountId", email, name FROM account
        WHERE id = $1 AND status = 'active' AND email_verified_at IS NOT NULL AND email IS NOT NULL`,
      [accountId],
    )) as Recipient[];
    return row ?? null;
  }

  /** The notifications of `accountId` that they may see now, in the given order. */
  async visible(
    accountId: string,
    notifications: readonly MailedNotification[],
  ): Promise<MailedNotification[]> {
    const scope = (await this.scopes.ofAccounts([accountId])).get(accountId);
    if (!scope) return [];
    const kept: MailedNotification[] = [];
    for (const notification of notifications)
      if (await this.mayStillSee(scope, notification)) kept.push(notification);
    return kept;
  }

  private async mayStillSee(scope: ReaderScope, notification: MailedNotification) {
    if (notification.subjectType === 'question') {
      const question = await this.questions?.find(notification.subjectId);
      return Boolean(question) && (!question!.officersOnly || scope.officer);
    }
    const document = await this.documents.document(
      notification.subjectType,
      notification.subjectId,
    );
    return document !== null && isVisibleTo(scope, document);
  }
}
