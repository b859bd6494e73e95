import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory, CouncilEditorsMail } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { caseStudyNotFound, coAuthorInvitationNotFound, notACoAuthor } from './case-study.errors';
import { CaseStudyEntity } from './case-study.entity';
import { CoAuthorInvitationEntity } from './co-author-invitation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

/** An invitation with the case study it is about. */
export interface CoAuthorInvitationRecord {
  invitation: CoAuthorInvitationEntity;
  study: CaseStudyEntity;
}

/**
 * Co-authorship by consent: naming a council invites it; only its own
 * editors and admins accept or decline. Councils that accepted are the
 * study's co-author councils (and so get its edit rights, its place on
 * their council page and in search); pending and declined ones are not.
 */
@Injectable()
export class CoAuthorInvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly mail: CouncilEditorsMail,
  ) {}

  /**
   * Makes the councils named on the form (`named`, the lead left out) the
   * study's co-authors by consent: accepted ones not named leave, pending ones
   * not named are withdrawn, new ones (and declined ones named again) are
   * invited. Declined ones not named stay, for the inviting council to see.
   * Changes `study.coAuthorCouncilCodes`; the caller saves the study. Returns
   * the councils newly invited, to tell once the change is committed.
   */
  async sync(
    manager: EntityManager,
    actor: Actor,
    study: CaseStudyEntity,
    named: string[],
  ): Promise<string[]> {
    const repository = manager.getRepository(CoAuthorInvitationEntity);
    const open = study.id ? await repository.findBy({ caseStudyId: study.id }) : [];
    const accepted = study.coAuthorCouncilCodes ?? [];
    const pending = open.filter((i) => i.status === 'PENDING').map((i) => i.councilCode);
    const toInvite = named.filter((code) => !accepted.includes(code) && !pending.includes(code));
    const toRemove = accepted.filter((code) => !named.includes(code));
    const toWithdraw = pending.filter((code) => !named.includes(code));
    if (toInvite.length + toRemove.length + toWithdraw.length === 0) return [];
    await this.policy.authorize(actor, {
      action: 'case-study.co-author.invite',
      councilCodes: [study.leadCouncilCode, ...accepted],
    });
    study.coAuthorCouncilCodes = accepted.filter((code) => named.includes(code));
    if (toWithdraw.length > 0)
      await repository.delete({ caseStudyId: study.id, councilCode: In(toWithdraw) });
    for (const code of toInvite)
      await repository.upsert(
        {
          caseStudyId: study.id,
          councilCode: code,
          status: 'PENDING',
          invitedByCouncilCode: actor.council!.code,
          invitedBy: actor.userId ?? null,
          invitedAt: new Date(),
          respondedBy: null,
          respondedAt: null,
        },
        ['caseStudyId', 'councilCode'],
      );
    await this.audit.record(
      {
        action: 'case-study.co-authors',
        outcome: 'success',
        target: { type: 'case_study', id: study.id },
        details: { invited: toInvite, withdrawn: toWithdraw, removed: toRemove },
      },
      manager,
    );
    return toInvite;
  }

  /** Accepts or declines, for the actor's own council. */
  async respond(actor: Actor, caseStudyId: string, accept: boolean): Promise<CaseStudyEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, {
      action: 'case-study.co-author.respond',
      invitedCouncilCode: councilCode,
    });
    if (!UUID.test(caseStudyId)) throw coAuthorInvitationNotFound();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const study = await manager
        .getRepository(CaseStudyEntity)
        .findOne({ where: { id: caseStudyId }, lock: { mode: 'pessimistic_write' } });
      const invitations = manager.getRepository(CoAuthorInvitationEntity);
      const invitation = study
        ? await invitations.findOneBy({ caseStudyId, councilCode, status: 'PENDING' })
        : null;
      if (!study || !invitation) throw coAuthorInvitationNotFound();
      if (accept) {
        await invitations.delete({ id: invitation.id });
        if (!study.coAuthorCouncilCodes.includes(councilCode))
          study.coAuthorCouncilCodes = [...study.coAuthorCouncilCodes, councilCode];
        // Saving the study queues it for search, now with this council among its own.
        await manager.getRepository(CaseStudyEntity).save(study);
      } else {
        await invitations.update(
          { id: invitation.id },
          { status: 'DECLINED', respondedBy: actor.userId ?? null, respondedAt: new Date() },
        );
      }
      await this.audit.record(
        {
          action: accept ? 'case-study.co-author.accept' : 'case-study.co-author.decline',
          outcome: 'success',
          target: { type: 'case_study', id: caseStudyId },
          details: { councilCode },
        },
        manager,
      );
      return { study, invitedBy: invitation.invitedByCouncilCode };
    });
    const council = (await this.councils.findByCodes([councilCode]))[0];
    await this.mail.tell(
      [outcome.invitedBy],
      `${council?.name ?? councilCode} ${accept ? 'accepted' : 'declined'} your co-author invitation`,
      [
        `${council?.name ?? councilCode} ${accept ? 'accepted' : 'declined'} your invitation to co-author "${outcome.study.title}" on LGX.`,
        accept
          ? 'It is now shown as a co-author, and its editors can change the case study.'
          : 'It is not shown as a co-author. You can see the declined invitation on the case study.',
      ],
      { label: 'Open the case study', path: `/case-studies/${caseStudyId}` },
    );
    return outcome.study;
  }

  /** Withdraws a pending invitation (or clears a declined one), by an authoring council. */
  async withdraw(actor: Actor, caseStudyId: string, councilCode: string): Promise<CaseStudyEntity> {
    const code = councilCode.trim().toUpperCase();
    // A register code, or there is nothing to withdraw (and nothing odd reaches the database).
    if (!COUNCIL_CODE.test(code)) throw coAuthorInvitationNotFound();
    return this.dataSource.transaction(async (manager) => {
      const study = await this.lockReadable(manager, actor, caseStudyId);
      await this.policy.authorize(actor, {
        action: 'case-study.co-author.invite',
        councilCodes: [study.leadCouncilCode, ...study.coAuthorCouncilCodes],
      });
      const removed = await manager
        .getRepository(CoAuthorInvitationEntity)
        .delete({ caseStudyId, councilCode: code });
      if (!removed.affected) throw coAuthorInvitationNotFound();
      await this.audit.record(
        {
          action: 'case-study.co-author.withdraw',
          outcome: 'success',
          target: { type: 'case_study', id: caseStudyId },
          details: { councilCode: code },
        },
        manager,
      );
      return study;
    });
  }

  /** The actor's council stops being a co-author. */
  async leave(actor: Actor, caseStudyId: string): Promise<CaseStudyEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'case-study.co-author.leave', councilCode });
    return this.dataSource.transaction(async (manager) => {
      const study = await this.lockReadable(manager, actor, caseStudyId);
      if (!study.coAuthorCouncilCodes.includes(councilCode)) throw notACoAuthor();
      study.coAuthorCouncilCodes = study.coAuthorCouncilCodes.filter(
        (code) => code !== councilCode,
      );
      const saved = await manager.getRepository(CaseStudyEntity).save(study);
      await this.audit.record(
        {
          action: 'case-study.co-author.leave',
          outcome: 'success',
          target: { type: 'case_study', id: caseStudyId },
          details: { councilCode },
        },
        manager,
      );
      return saved;
    });
  }

  /** Pending invitations to the actor's council, newest first (its editors and admins only). */
  async received(actor: Actor): Promise<CoAuthorInvitationRecord[]> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'council.invitations.read', councilCode });
    const invitations = await this.dataSource
      .getRepository(CoAuthorInvitationEntity)
      .find({ where: { councilCode, status: 'PENDING' }, order: { invitedAt: 'DESC' }, take: 100 });
    return this.withStudies(invitations);
  }

  /**
   * A study's invitations (pending and declined), for officers of its
   * authoring councils; nobody else learns whom it asked.
   */
  async sent(
    actor: Actor,
    caseStudyId: string,
    authorCouncilCodes: string[],
  ): Promise<CoAuthorInvitationEntity[]> {
    const allowed = this.policy.can(actor, {
      action: 'case-study.read-unpublished',
      councilCodes: authorCouncilCodes,
    });
    if (!allowed) return [];
    return this.dataSource
      .getRepository(CoAuthorInvitationEntity)
      .find({ where: { caseStudyId }, order: { invitedAt: 'ASC' } });
  }

  /** The pending invitation of this study to the actor's council, if the actor may answer it. */
  async toActorsCouncil(
    actor: Actor,
    caseStudyId: string,
  ): Promise<CoAuthorInvitationEntity | null> {
    const councilCode = actor.council?.code ?? '';
    if (
      !this.policy.can(actor, {
        action: 'case-study.co-author.respond',
        invitedCouncilCode: councilCode,
      })
    )
      return null;
    return this.dataSource
      .getRepository(CoAuthorInvitationEntity)
      .findOneBy({ caseStudyId, councilCode, status: 'PENDING' });
  }

  /** Emails the editors and admins of each newly invited council; best effort, after the commit. */
  async tellInvited(study: CaseStudyEntity, councilCodes: string[], actor: Actor): Promise<void> {
    await this.mail.tellInvited(actor.council?.code ?? '', councilCodes, {
      subject: (inviter, invited) => `${inviter} asks ${invited} to co-author a case study`,
      named: (inviter, invited) =>
        `${inviter} has named ${invited} as a co-author of the case study "${study.title}" on LGX.`,
    });
  }

  private async lockReadable(
    manager: EntityManager,
    actor: Actor,
    caseStudyId: string,
  ): Promise<CaseStudyEntity> {
    if (!UUID.test(caseStudyId)) throw caseStudyNotFound();
    const study = await manager
      .getRepository(CaseStudyEntity)
      .findOne({ where: { id: caseStudyId }, lock: { mode: 'pessimistic_write' } });
    const readable =
      study &&
      (study.status === 'PUBLISHED' ||
        study.status === 'ARCHIVED' ||
        this.policy.can(actor, {
          action: 'case-study.read-unpublished',
          councilCodes: [study.leadCouncilCode, ...study.coAuthorCouncilCodes],
        }));
    if (!study || !readable) throw caseStudyNotFound();
    return study;
  }

  private async withStudies(
    invitations: CoAuthorInvitationEntity[],
  ): Promise<CoAuthorInvitationRecord[]> {
    const studies = await this.dataSource
      .getRepository(CaseStudyEntity)
      .findBy({ id: In([...new Set(invitations.map((i) => i.caseStudyId))]) });
    const byId = new Map(studies.map((study) => [study.id, study]));
    return invitations.flatMap((invitation) => {
      const study = byId.get(invitation.caseStudyId);
      return study ? [{ invitation, study }] : [];
    });
  }
}
