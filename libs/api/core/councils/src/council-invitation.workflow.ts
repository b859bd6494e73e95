import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DataSource,
  type EntityManager,
  type FindOperator,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

import type { Council } from './council.object';
import { CouncilDirectory } from './council-directory.service';
import { CouncilEditorsMail } from './council-editors-mail.service';
import type {
  CouncilInvitationColumns,
  CouncilInvitationStatus,
} from './council-invitation.entity';
import type {
  CouncilInvitationRecord,
  CouncilInvitationSettings,
} from './council-invitation.settings';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

/** What every council invitation workflow uses, injected once for all of them. */
@Injectable()
export class CouncilInvitationServices {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    readonly policy: PolicyService,
    readonly audit: AuditService,
    readonly councils: CouncilDirectory,
    readonly mail: CouncilEditorsMail,
  ) {}
}

/**
 * Membership by consent: naming a council invites it; only its own editors
 * and admins accept or decline. Councils that accepted are the record's
 * members (and so get its edit rights, its place on their council page and in
 * search); pending and declined ones are not. A feature's invitation service
 * extends this with its settings.
 */
export class CouncilInvitationWorkflow<
  Subject extends { id: string },
  Invitation extends CouncilInvitationColumns,
> {
  constructor(
    private readonly services: CouncilInvitationServices,
    private readonly settings: CouncilInvitationSettings<Subject, Invitation>,
  ) {}

  /**
   * Makes the councils named on the form (`named`, besides `keep`, the
   * editor's own council that stays first when given) the members by consent:
   * accepted ones not named leave, pending ones not named are withdrawn, new
   * ones (and declined ones named again) are invited. Declined ones not named
   * stay, for the inviting council to see. Changes the record's members; the
   * caller saves it. Returns the councils newly invited, to tell once the
   * change is committed.
   */
  async sync(
    manager: EntityManager,
    actor: Actor,
    subject: Subject,
    named: string[],
    keep?: string,
  ): Promise<string[]> {
    const { members, setMembers, authors, actions } = this.settings;
    const repository = manager.getRepository(this.settings.invitation);
    const open = subject.id ? await repository.findBy(this.where(subject.id)) : [];
    const accepted = members(subject) ?? [];
    const pending = open.filter((i) => i.status === 'PENDING').map((i) => i.councilCode);
    const others = named.filter((code) => code !== keep);
    const toInvite = others.filter((code) => !accepted.includes(code) && !pending.includes(code));
    const toRemove = accepted.filter((code) => code !== keep && !others.includes(code));
    const toWithdraw = pending.filter((code) => !others.includes(code));
    // The editor's own council, when kept, stays a member (first), so no one edits themselves out.
    const kept = [
      ...(keep ? [keep] : []),
      ...accepted.filter((code) => code !== keep && others.includes(code)),
    ];
    if (toInvite.length + toRemove.length + toWithdraw.length === 0) {
      setMembers(subject, kept);
      return [];
    }
    await this.services.policy.authorize(actor, {
      action: actions.invite,
      councilCodes: authors(subject),
    });
    setMembers(subject, kept);
    if (toWithdraw.length > 0)
      await repository.delete(this.where(subject.id, { councilCode: In(toWithdraw) }));
    for (const code of toInvite) await this.invite(manager, actor, subject.id, code);
    await this.record(manager, 's', subject.id, {
      invited: toInvite,
      withdrawn: toWithdraw,
      removed: toRemove,
    });
    return toInvite;
  }

  /** Accepts or declines, for the actor's own council. */
  async respond(actor: Actor, subjectId: string, accept: boolean): Promise<Subject> {
    const councilCode = actor.council?.code ?? '';
    const { actions, errors } = this.settings;
    await this.services.policy.authorize(actor, {
      action: actions.respond,
      invitedCouncilCode: councilCode,
    });
    if (!UUID.test(subjectId)) throw errors.invitationNotFound();
    const outcome = await this.services.dataSource.transaction(async (manager) => {
      const subject = await this.lock(manager, subjectId);
      const invitations = manager.getRepository(this.settings.invitation);
      const invitation = subject
        ? await invitations.findOneBy(this.where(subjectId, { councilCode, status: 'PENDING' }))
        : null;
      if (!subject || !invitation) throw errors.invitationNotFound();
      if (accept) await this.accept(manager, subject, invitation);
      else await this.decline(manager, actor, invitation);
      await this.record(manager, accept ? '.accept' : '.decline', subjectId, { councilCode });
      return { subject, invitedBy: invitation.invitedByCouncilCode };
    });
    await this.tellAnswer(outcome.subject, outcome.invitedBy, councilCode, accept);
    return outcome.subject;
  }

  /** Withdraws a pending invitation (or clears a declined one), by an authoring council. */
  async withdraw(actor: Actor, subjectId: string, councilCode: string): Promise<Subject> {
    const code = councilCode.trim().toUpperCase();
    const { actions, errors, authors } = this.settings;
    // A register code, or there is nothing to withdraw (and nothing odd reaches the database).
    if (!COUNCIL_CODE.test(code)) throw errors.invitationNotFound();
    return this.services.dataSource.transaction(async (manager) => {
      const subject = await this.lockReadable(manager, actor, subjectId);
      await this.services.policy.authorize(actor, {
        action: actions.invite,
        councilCodes: authors(subject),
      });
      const removed = await manager
        .getRepository(this.settings.invitation)
        .delete(this.where(subjectId, { councilCode: code }));
      if (!removed.affected) throw errors.invitationNotFound();
      await this.record(manager, '.withdraw', subjectId, { councilCode: code });
      return subject;
    });
  }

  /** The actor's council stops being a member (never the last one, where that is refused). */
  async leave(actor: Actor, subjectId: string): Promise<Subject> {
    const councilCode = actor.council?.code ?? '';
    const { actions, errors, members, setMembers } = this.settings;
    await this.services.policy.authorize(actor, { action: actions.leave, councilCode });
    return this.services.dataSource.transaction(async (manager) => {
      const subject = await this.lockReadable(manager, actor, subjectId);
      const current = members(subject);
      if (!current.includes(councilCode)) throw errors.notAMember();
      if (errors.lastMember && current.length === 1) throw errors.lastMember();
      setMembers(
        subject,
        current.filter((code) => code !== councilCode),
      );
      const saved = await manager.getRepository(this.settings.subject).save(subject);
      await this.record(manager, '.leave', subjectId, { councilCode });
      return saved;
    });
  }

  /** Pending invitations to the actor's council, newest first (its editors and admins only). */
  async received(actor: Actor): Promise<CouncilInvitationRecord<Subject, Invitation>[]> {
    const councilCode = actor.council?.code ?? '';
    await this.services.policy.authorize(actor, {
      action: 'council.invitations.read',
      councilCode,
    });
    const invitations = await this.services.dataSource
      .getRepository(this.settings.invitation)
      .find({
        where: this.where(null, { councilCode, status: 'PENDING' }),
        order: this.byInvitedAt('DESC'),
        take: 100,
      });
    return this.withSubjects(invitations);
  }

  /**
   * A record's invitations (pending and declined), for officers of its
   * authoring councils; nobody else learns whom it asked.
   */
  async sent(actor: Actor, subjectId: string, authorCouncilCodes: string[]): Promise<Invitation[]> {
    const allowed = this.services.policy.can(actor, {
      action: this.settings.actions.readUnpublished,
      councilCodes: authorCouncilCodes,
    });
    if (!allowed) return [];
    return this.services.dataSource
      .getRepository(this.settings.invitation)
      .find({ where: this.where(subjectId), order: this.byInvitedAt('ASC') });
  }

  /** The pending invitation of this record to the actor's council, if the actor may answer it. */
  async toActorsCouncil(actor: Actor, subjectId: string): Promise<Invitation | null> {
    const councilCode = actor.council?.code ?? '';
    const allowed = this.services.policy.can(actor, {
      action: this.settings.actions.respond,
      invitedCouncilCode: councilCode,
    });
    if (!allowed) return null;
    return this.services.dataSource
      .getRepository(this.settings.invitation)
      .findOneBy(this.where(subjectId, { councilCode, status: 'PENDING' }));
  }

  /** Emails the editors and admins of each newly invited council; best effort, after the commit. */
  async tellInvited(subject: Subject, councilCodes: string[], actor: Actor): Promise<void> {
    await this.services.mail.tellInvited(
      actor.council?.code ?? '',
      councilCodes,
      this.settings.wording(subject).invited,
    );
  }

  /** Each record with its invited and inviting councils; one whose councils are unknown is left out. */
  async withCouncils<Item extends { invitation: CouncilInvitationColumns }>(
    items: Item[],
  ): Promise<(Item & { council: Council; invitedBy: Council })[]> {
    const codes = items.flatMap(({ invitation }) => [
      invitation.councilCode,
      invitation.invitedByCouncilCode,
    ]);
    const councils = new Map(
      (await this.services.councils.findByCodes([...new Set(codes)])).map((council) => [
        council.code,
        council,
      ]),
    );
    return items.flatMap((item) => {
      const council = councils.get(item.invitation.councilCode);
      const invitedBy = councils.get(item.invitation.invitedByCouncilCode);
      return council && invitedBy ? [{ ...item, council, invitedBy }] : [];
    });
  }

  private async withSubjects(
    invitations: Invitation[],
  ): Promise<CouncilInvitationRecord<Subject, Invitation>[]> {
    const ids = [...new Set(invitations.map((invitation) => this.subjectIdOf(invitation)))];
    const subjects = await this.services.dataSource
      .getRepository(this.settings.subject)
      .findBy({ id: In(ids) } as FindOptionsWhere<Subject>);
    const byId = new Map(subjects.map((subject) => [subject.id, subject]));
    return invitations.flatMap((invitation) => {
      const subject = byId.get(this.subjectIdOf(invitation));
      return subject ? [{ invitation, subject }] : [];
    });
  }

  private subjectIdOf(invitation: Invitation): string {
    return invitation[this.settings.subjectId] as string;
  }

  // TypeORM cannot check clauses on a generic entity: these name CouncilInvitationColumns
  // and the settings' subject id column, so the casts below are safe.
  private where(
    subjectId: string | null,
    fields: {
      id?: string;
      councilCode?: string | FindOperator<string>;
      status?: CouncilInvitationStatus;
    } = {},
  ): FindOptionsWhere<Invitation> {
    const subject = subjectId === null ? {} : { [this.settings.subjectId]: subjectId };
    return { ...subject, ...fields } as FindOptionsWhere<Invitation>;
  }

  private byInvitedAt(direction: 'ASC' | 'DESC'): FindOptionsOrder<Invitation> {
    return { invitedAt: direction } as FindOptionsOrder<Invitation>;
  }

  private values(fields: Partial<CouncilInvitationColumns>): QueryDeepPartialEntity<Invitation> {
    return fields as QueryDeepPartialEntity<Invitation>;
  }

  private async invite(
    manager: EntityManager,
    actor: Actor,
    subjectId: string,
    councilCode: string,
  ): Promise<void> {
    await manager.getRepository(this.settings.invitation).upsert(
      {
        ...this.values({
          councilCode,
          status: 'PENDING',
          invitedByCouncilCode: actor.council!.code,
          invitedBy: actor.userId ?? null,
          invitedAt: new Date(),
          respondedBy: null,
          respondedAt: null,
        }),
        [this.settings.subjectId]: subjectId,
      },
      [this.settings.subjectId, 'councilCode'],
    );
  }

  private async accept(manager: EntityManager, subject: Subject, invitation: Invitation) {
    const { members, setMembers } = this.settings;
    await manager
      .getRepository(this.settings.invitation)
      .delete(this.where(null, { id: invitation.id }));
    if (!members(subject).includes(invitation.councilCode))
      setMembers(subject, [...members(subject), invitation.councilCode]);
    // Saving the record queues it for search, now with this council among its own.
    await manager.getRepository(this.settings.subject).save(subject);
  }

  private async decline(manager: EntityManager, actor: Actor, invitation: Invitation) {
    await manager.getRepository(this.settings.invitation).update(
      this.where(null, { id: invitation.id }),
      this.values({
        status: 'DECLINED',
        respondedBy: actor.userId ?? null,
        respondedAt: new Date(),
      }),
    );
  }

  private async tellAnswer(
    subject: Subject,
    invitedBy: string,
    councilCode: string,
    accept: boolean,
  ): Promise<void> {
    const council = (await this.services.councils.findByCodes([councilCode]))[0];
    const name = council?.name ?? councilCode;
    const answer = accept ? 'accepted' : 'declined';
    const words = this.settings.wording(subject).answer;
    await this.services.mail.tell(
      [invitedBy],
      words.subject(name, answer),
      [words.answered(name, answer), accept ? words.accepted : words.declined],
      words.open,
    );
  }

  /** Audits `<auditAction><suffix>`: `.accept`, `.withdraw`..., or `s` for a form's changes. */
  private record(
    manager: EntityManager,
    suffix: string,
    subjectId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const { auditAction, auditTarget } = this.settings;
    return this.services.audit.record(
      {
        action: `${auditAction}${suffix}`,
        outcome: 'success',
        target: { type: auditTarget, id: subjectId },
        details,
      },
      manager,
    );
  }

  private lock(manager: EntityManager, subjectId: string): Promise<Subject | null> {
    return manager.getRepository(this.settings.subject).findOne({
      where: { id: subjectId } as FindOptionsWhere<Subject>,
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The record, locked for the transaction, when the actor may read it; its NOT_FOUND otherwise. */
  private async lockReadable(
    manager: EntityManager,
    actor: Actor,
    subjectId: string,
  ): Promise<Subject> {
    const { errors, isPublic, actions, authors } = this.settings;
    if (!UUID.test(subjectId)) throw errors.subjectNotFound();
    const subject = await this.lock(manager, subjectId);
    const readable =
      subject &&
      (isPublic(subject) ||
        this.services.policy.can(actor, {
          action: actions.readUnpublished,
          councilCodes: authors(subject),
        }));
    if (!subject || !readable) throw errors.subjectNotFound();
    return subject;
  }
}
