import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { AuditEventEntity, type AuditOutcome } from './audit-event.entity';
import { currentRequest } from './request-context';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  target?: { type: string; id: string | null | undefined };
  /** Short, non-personal facts, e.g. { from: 'OFFICER', to: 'EDITOR' } or { reason: 'bad password' }. */
  details?: Record<string, unknown>;
  /** Who acted, when the request context does not say (e.g. at sign-in, before a session exists). */
  actor?: { userId?: string | null; councilCode?: string | null; role: string };
}

/** Writes the append-only audit log, with the request's id and actor filled in. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records one event. Pass the transaction's manager to make the entry part
   * of the change it describes.
   */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const context = currentRequest();
    // Inside a request nobody signed in is a visitor; outside one (CLIs, start-up) it is the system.
    const actor = entry.actor ?? context?.actor ?? { role: context ? 'visitor' : 'system' };
    try {
      await manager.getRepository(AuditEventEntity).insert({
        requestId: context?.requestId ?? null,
        actorUserId: actor.userId ?? null,
        actorCouncilCode: actor.councilCode ?? null,
        actorRole: actor.role,
        action: entry.action,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        outcome: entry.outcome,
        // TypeORM's deep-partial type does not accept an open record for jsonb.
        details: (entry.details ?? {}) as never,
      });
    } catch (error) {
      // Inside a transaction the caller's work fails with it; outside, losing an
      // audit line must be loud.
      this.logger.error(`Could not write audit event ${entry.action}: ${(error as Error).message}`);
      throw error;
    }
  }

  /**
   * Writes a line on its own connection without holding the caller up: for a
   * refusal decided inside the caller's transaction, which must neither wait
   * for a second connection while it holds one (under load every connection
   * would wait for another, for good) nor write the line through its own
   * manager (it would be rolled back with the refusal). A GraphQL response
   * waits for the line before it is sent; record() logs one it cannot write.
   */
  recordDetached(entry: AuditEntry): void {
    const write = this.record(entry).catch(() => undefined);
    const context = currentRequest();
    if (context) (context.pendingWrites ??= []).push(write);
  }
}
