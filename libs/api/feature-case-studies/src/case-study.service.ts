import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { LgxEvents } from '@lgx/api/core/contracts';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { DEFAULT_LICENCE, isWholeNumberBetween } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  CaseStudyEntity as CaseStudy,
  type CaseStudyEntity,
  type CaseStudyStatus,
} from './case-study.entity';
import { badTransition, caseStudyNotFound, invalidCaseStudy } from './case-study.errors';
import { type CaseStudyFields, checkCaseStudy } from './case-study.rules';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CoAuthorInvitationService } from './co-author-invitation.service';
import { diffSnapshots, type FieldChange, REVISION_FIELDS } from './revision-diff';

/** Revision numbers are PostgreSQL integers. */
const MAX_VERSION = 2_147_483_647;

const councilsOf = (study: Pick<CaseStudyEntity, 'leadCouncilCode' | 'coAuthorCouncilCodes'>) => [
  study.leadCouncilCode,
  ...study.coAuthorCouncilCodes,
];

/** Every council named is emailed and asked, so one save asks a handful, not the register. */
const MAX_CO_AUTHORS = 20;

/** Case studies: writing, the workflow from draft to published, and revisions. */
@Injectable()
export class CaseStudyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly invitations: CoAuthorInvitationService,
    private readonly events: LgxEvents,
  ) {}

  /** A draft by the actor's council, which leads it; councils named as co-authors are invited. */
  async create(actor: Actor, input: CaseStudyFields): Promise<CaseStudyEntity> {
    await this.policy.authorize(actor, {
      action: 'case-study.create',
      councilCode: actor.council?.code ?? '',
    });
    const { coAuthorCouncilCodes: named, ...values } = await this.checked(
      input,
      actor.council!.code,
    );
    const { study, invited } = await this.dataSource.transaction(async (manager) => {
      const study = await manager.getRepository(CaseStudy).save({
        ...values,
        coAuthorCouncilCodes: [],
        leadCouncilCode: actor.council!.code,
        status: 'DRAFT' as const,
        createdBy: actor.userId ?? null,
      });
      return { study, invited: await this.invitations.sync(manager, actor, study, named) };
    });
    await this.invitations.tellInvited(study, invited, actor);
    return study;
  }

  /** Changes a case study; a change to a published one is a new revision. */
  async update(actor: Actor, id: string, input: CaseStudyFields): Promise<CaseStudyEntity> {
    const { saved, invited } = await this.dataSource.transaction(async (manager) => {
      const study = await this.lockForEdit(actor, id, manager);
      const { coAuthorCouncilCodes: named, ...values } = await this.checked(
        input,
        study.leadCouncilCode,
      );
      Object.assign(study, values);
      // Named councils become co-authors only when they accept.
      const invited = await this.invitations.sync(manager, actor, study, named);
      const saved = await manager.getRepository(CaseStudy).save(study);
      if (saved.status === 'PUBLISHED') {
        await this.addRevision(manager, saved, actor);
        await this.published(manager, saved.id, 'updated');
      }
      return { saved, invited };
    });
    await this.invitations.tellInvited(saved, invited, actor);
    return saved;
  }

  submitForReview(actor: Actor, id: string) {
    return this.transition(actor, id, ['DRAFT'], 'IN_REVIEW', 'sent for review');
  }

  returnToDraft(actor: Actor, id: string) {
    return this.transition(actor, id, ['IN_REVIEW'], 'DRAFT', 'returned to draft');
  }

  publish(actor: Actor, id: string) {
    return this.transition(actor, id, ['DRAFT', 'IN_REVIEW', 'ARCHIVED'], 'PUBLISHED', 'published');
  }

  archive(actor: Actor, id: string) {
    return this.transition(actor, id, ['PUBLISHED'], 'ARCHIVED', 'archived');
  }

  /** A case study the actor may read: published or archived for everyone, others for their councils. */
  async get(actor: Actor, id: string): Promise<CaseStudyEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw caseStudyNotFound();
    const study = await this.dataSource.getRepository(CaseStudy).findOneBy({ id });
    if (!study || !this.canRead(actor, study)) throw caseStudyNotFound();
    return study;
  }

  canRead(actor: Actor, study: CaseStudyEntity): boolean {
    return study.status === 'PUBLISHED' || study.status === 'ARCHIVED'
      ? true
      : this.policy.can(actor, {
          action: 'case-study.read-unpublished',
          councilCodes: councilsOf(study),
        });
  }

  /** Refuses (and audits) unless the actor may edit this case study. */
  authorizeEdit(actor: Actor, study: CaseStudyEntity): Promise<void> {
    return this.policy.authorize(actor, {
      action: 'case-study.edit',
      councilCodes: councilsOf(study),
    });
  }

  canEdit(actor: Actor, study: CaseStudyEntity): boolean {
    return this.policy.can(actor, { action: 'case-study.edit', councilCodes: councilsOf(study) });
  }

  /** Case studies of a council (lead or co-author), newest first: published ones, and all of them for its own officers. */
  async forCouncil(actor: Actor, councilCode: string): Promise<CaseStudyEntity[]> {
    const studies = await this.dataSource
      .getRepository(CaseStudy)
      .createQueryBuilder('study')
      .where('(study.leadCouncilCode = :code OR :code = ANY(study.coAuthorCouncilCodes))', {
        code: councilCode,
      })
      .orderBy('study.updatedAt', 'DESC')
      .take(200)
      .getMany();
    return studies.filter((study) => study.status === 'PUBLISHED' || this.canRead(actor, study));
  }

  async revisions(actor: Actor, id: string): Promise<CaseStudyRevisionEntity[]> {
    await this.get(actor, id);
    return this.dataSource
      .getRepository(CaseStudyRevisionEntity)
      .find({ where: { caseStudyId: id }, order: { version: 'DESC' } });
  }

  /** What changed between two published versions (the later one's changes when only `to` is given). */
  async diff(
    actor: Actor,
    id: string,
    from: number | null | undefined,
    to: number,
  ): Promise<FieldChange[]> {
    const problems = [
      ...(isWholeNumberBetween(to, 1, MAX_VERSION)
        ? []
        : [{ field: 'to', message: 'Choose a published version: a whole number, 1 or more' }]),
      ...(from === null || from === undefined || isWholeNumberBetween(from, 0, MAX_VERSION)
        ? []
        : [{ field: 'from', message: 'Choose an earlier version: a whole number, 0 or more' }]),
    ];
    if (problems.length > 0) throw invalidCaseStudy(problems);
    await this.get(actor, id);
    const repository = this.dataSource.getRepository(CaseStudyRevisionEntity);
    const after = await repository.findOneBy({ caseStudyId: id, version: to });
    const before = await repository.findOneBy({ caseStudyId: id, version: from ?? to - 1 });
    if (!after) throw caseStudyNotFound();
    return diffSnapshots(before?.snapshot ?? {}, after.snapshot);
  }

  /** Followers hear of it (issue 17): recorded in the same transaction as the change. */
  private async published(manager: EntityManager, id: string, change: 'new' | 'updated') {
    await this.events.record(manager, {
      type: 'content.published',
      contentType: 'case_study',
      id,
      change,
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    from: CaseStudyStatus[],
    to: CaseStudyStatus,
    verb: string,
  ): Promise<CaseStudyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const study = await this.lockForEdit(actor, id, manager);
      if (!from.includes(study.status)) throw badTransition(study.status, verb);
      const before = study.status;
      const change = study.publishedAt ? 'updated' : 'new';
      study.status = to;
      if (to === 'PUBLISHED' && !study.publishedAt) study.publishedAt = new Date();
      const saved = await manager.getRepository(CaseStudy).save(study);
      if (to === 'PUBLISHED') {
        await this.addRevision(manager, saved, actor);
        await this.published(manager, saved.id, change);
      }
      await this.audit.record(
        {
          action: 'case-study.transition',
          outcome: 'success',
          target: { type: 'case_study', id },
          details: { from: before, to },
        },
        manager,
      );
      return saved;
    });
  }

  private async lockForEdit(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<CaseStudyEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw caseStudyNotFound();
    const study = await manager
      .getRepository(CaseStudy)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!study || !this.canRead(actor, study)) throw caseStudyNotFound();
    await this.policy.authorize(actor, {
      action: 'case-study.edit',
      councilCodes: councilsOf(study),
    });
    return study;
  }

  private async addRevision(
    manager: EntityManager,
    study: CaseStudyEntity,
    actor: Actor,
  ): Promise<void> {
    const repository = manager.getRepository(CaseStudyRevisionEntity);
    const [{ max }] = await manager.query(
      `SELECT coalesce(max(version), 0)::int AS max FROM case_study_revision WHERE case_study_id = $1`,
      [study.id],
    );
    const snapshot = Object.fromEntries(REVISION_FIELDS.map((field) => [field, study[field]]));
    await repository.insert({
      caseStudyId: study.id,
      version: max + 1,
      snapshot: snapshot as never,
      changedBy: actor.userId ?? null,
      changedByCouncilCode: actor.council?.code ?? null,
    });
  }

  /** Valid values to store, or every problem by field. */
  private async checked(input: CaseStudyFields, leadCouncilCode: string) {
    const { problems, figures } = checkCaseStudy(input);
    const coAuthors = [
      ...new Set((input.coAuthorCouncilCodes ?? []).map((code) => code.trim().toUpperCase())),
    ].filter((code) => code !== leadCouncilCode);
    if (coAuthors.length > MAX_CO_AUTHORS)
      problems.push({
        field: 'coAuthorCouncilCodes',
        message: `Name at most ${MAX_CO_AUTHORS} co-author councils: each one is asked to confirm`,
      });
    const notCurrent = await this.councils.notCurrentCouncils(coAuthors.slice(0, MAX_CO_AUTHORS));
    if (notCurrent) problems.push({ field: 'coAuthorCouncilCodes', message: notCurrent });
    if (problems.length > 0) throw invalidCaseStudy(problems);
    const trimmed = (value: string | null | undefined) => value?.trim() || null;
    return {
      title: input.title.trim(),
      summary: input.summary.trim(),
      challenge: input.challenge ?? '',
      whatWasDone: input.whatWasDone ?? '',
      impact: input.impact ?? '',
      lessonsLearned: input.lessonsLearned ?? '',
      body: input.body ?? '',
      coAuthorCouncilCodes: coAuthors,
      serviceAreas: [...new Set(input.serviceAreas ?? [])],
      objectives: [...new Set(input.objectives ?? [])],
      technologies: [...new Set(input.technologies ?? [])],
      stage: input.stage,
      stoppedReason: input.stage === 'STOPPED' ? trimmed(input.stoppedReason) : null,
      startDate: input.startDate || null,
      endDate: input.endDate || null,
      liveSince: input.liveSince || null,
      contactName: trimmed(input.contactName),
      contactEmail: trimmed(input.contactEmail)?.toLowerCase() ?? null,
      licence: input.licence || DEFAULT_LICENCE,
      sourceUrl: trimmed(input.sourceUrl),
      ...figures,
      hoursSavedPerYear: input.hoursSavedPerYear ?? null,
      nonCashableBenefits: trimmed(input.nonCashableBenefits),
      residentsAffected: input.residentsAffected ?? null,
      evidenceLevel: input.evidenceLevel || null,
    };
  }
}
