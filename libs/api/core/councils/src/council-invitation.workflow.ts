import { AuditService } from '@lgx/api/core/audit';
import { type Actor, type PolicyRequest, PolicyService } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  In,
} from 'typeorm';

import type { Council } from './council.object';
import { CouncilDirectory } from './council-directory.service';
import { CouncilEditorsMail, type InvitationWording } from './council-editors-mail.service';
import type { CouncilInvitationColumns } from './council-invitation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

/** The policy's actions asked about with `Field` alone (besides the action). */
type ActionWith<Field extends string> = PolicyRequest extends infer Request
  ? Request extends { action: infer Action } & Record<Field, unknown>
    ? [Exclude<keyof Request, 'action'>] extends [Field]
      ? Action
      : never
    : never
  : never;

/** What the invited council's answer tells the inviting one, by email. */
export interface InvitationAnswerWording {
  /** The subject and first line, given the answering council's name and 'accepted' or 'declined'. */
  subject: (council: string, answer: string) => string;
  answered: (council: string, answer: string) => string;
  /** What accepting, or declining, means for the record. */
  accepted: string;
  declined: string;
  /** The link to the record. */
  open: { label: string; path: string };
}

/**
 * One kind of invitation between councils (co-authoring a case study,
 * co-maintaining a component): the record invited to, its invitations, the
 * policy's actions, the errors and the words. The workflow is the same for all.
 */
export interface CouncilInvitationSettings<Subject extends { id: string }, Invitation> {
  /** The record's entity, and its invitations' entity. */
  subject: EntityTarget<Subject>;
  invitation: EntityTarget<Invitation>;
  /** The invitation column that holds the record's id (caseStudyId, componentId). */
  subjectId: keyof Invitation & string;
  /** The audit's target type (case_study) and action prefix (case-study.co-author: .accept, .decline...; with an s for a form's changes). */
  auditTarget: string;
  auditAction: string;
  /** The policy's actions: who may invite, answer, leave, and read the record unpublished. */
  actions: {
    invite: ActionWith<'councilCodes'>;
    respond: ActionWith<'invitedCouncilCode'>;
    leave: ActionWith<'councilCode'>;
    readUnpublished: ActionWith<'councilCodes'>;
  };
  /** The councils that accepted (members), set by accepting, leaving and the form. */
  members: (subject: Subject) => string[];
  setMembers: (subject: Subject, councilCodes: string[]) => void;
  /** Every council the record is of (a lead and its members): who may invite and read it unpublished. */
  authors: (subject: Subject) => string[];
  /** Readable by anyone, whoever its councils are (published). */
  isPublic: (subject: Subject) => boolean;
  errors: {
    subjectNotFound: () => Error;
    invitationNotFound: () => Error;
    notAMember: () => Error;
    /** Refused when the only member would leave; undefined when a lead always remains. */
    lastMember?: () => Error;
  };
  wording: (subject: Subject) => { invited: InvitationWording; answer: InvitationAnswerWording };
}

/** An invitation with the record it is about. */
export interface CouncilInvitationRecord<Subject, Invitation> {
  invitation: Invitation;
  subject: Subject;
}

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
    const open = subject.id ? await repository.findBy(this.about(subject.id)) : [];
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
      await repository.delete({ ...this.about(subject.id), councilCode: In(toWithdraw) });
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
        ? await invitations.findOneBy({
            ...this.about(subjectId),
            councilCode,
            status: 'PENDING',
          } as FindOptionsWhere<Invitation>)
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
        .delete({ ...this.about(subjectId), councilCode: code });
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
        where: { councilCode, status: 'PENDING' } as FindOptionsWhere<Invitation>,
        order: { invitedAt: 'DESC' } as never,
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
      .find({ where: this.about(subjectId), order: { invitedAt: 'ASC' } as never });
  }

  /** The pending invitation of this record to the actor's council, if the actor may answer it. */
  async toActorsCouncil(actor: Actor, subjectId: string): Promise<Invitation | null> {
    const councilCode = actor.council?.code ?? '';
    const allowed = this.services.policy.can(actor, {
      action: this.settings.actions.respond,
      invitedCouncilCode: councilCode,
    });
    if (!allowed) return null;
    return this.services.dataSource.getRepository(this.settings.invitation).findOneBy({
      ...this.about(subjectId),
      councilCode,
      status: 'PENDING',
    } as FindOptionsWhere<Invitation>);
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

  private about(subjectId: string): FindOptionsWhere<Invitation> {
    return { [this.settings.subjectId]: subjectId } as FindOptionsWhere<Invitation>;
  }

  private async invite(
    manager: EntityManager,
    actor: Actor,
    subjectId: string,
    councilCode: string,
  ): Promise<void> {
    await manager.getRepository(this.settings.invitation).upsert(
      {
        [this.settings.subjectId]: subjectId,
        councilCode,
        status: 'PENDING',
        invitedByCouncilCode: actor.council!.code,
        invitedBy: actor.userId ?? null,
        invitedAt: new Date(),
        respondedBy: null,
        respondedAt: null,
      } as never,
      [this.settings.subjectId, 'councilCode'],
    );
  }

  private async accept(manager: EntityManager, subject: Subject, invitation: Invitation) {
    const { members, setMembers } = this.settings;
    await manager.getRepository(this.settings.invitation).delete({ id: invitation.id } as never);
    if (!members(subject).includes(invitation.councilCode))
      setMembers(subject, [...members(subject), invitation.councilCode]);
    // Saving the record queues it for search, now with this council among its own.
    await manager.getRepository(this.settings.subject).save(subject);
  }

  private async decline(manager: EntityManager, actor: Actor, invitation: Invitation) {
    await manager.getRepository(this.settings.invitation).update(
      { id: invitation.id } as never,
      {
        status: 'DECLINED',
        respondedBy: actor.userId ?? null,
        respondedAt: new Date(),
      } as never,
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
