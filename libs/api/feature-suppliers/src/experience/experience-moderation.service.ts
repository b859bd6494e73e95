import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { LgxEvents } from '@lgx/api/core/contracts';
import { Mailer } from '@lgx/api/core/mail';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';

import { SupplierEntity } from '../supplier/supplier.entity';
import { invalidInput } from '../supplier/supplier.errors';
import { ExperienceEntity, type ExperienceStatus } from './experience.entity';
import { badTransition, concernNotFound, experienceNotFound } from './experience.errors';
import { EXPERIENCE_LIMITS } from './experience.rules';
import { ExperienceService } from './experience.service';
import { type ConcernOutcome, ExperienceConcernEntity } from './experience-concern.entity';
import { type ConcernView, toConcernView } from './experience-moderation.view';
import { COMPLAINT_HOURS, ModerationClock } from './moderation-clock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOUR = 3_600_000;

export interface TextEdit {
  whatWorked?: string | null;
  whatDidNotWork?: string | null;
  advice?: string | null;
}

/** The moderation queue: publish, ask for changes, reject; concerns and suppliers' complaints. */
@Injectable()
export class ExperienceModerationService {
  private readonly logger = new Logger(ExperienceModerationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly experiences: ExperienceService,
    private readonly clock: ModerationClock,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: LgxEvents,
  ) {}

  async queue(actor: Actor): Promise<{ submitted: ExperienceEntity[]; concerns: ConcernView[] }> {
    await this.policy.authorize(actor, { action: 'supplier-experience.moderate' });
    const submitted = await this.dataSource
      .getRepository(ExperienceEntity)
      .find({ where: { status: 'SUBMITTED' }, order: { createdAt: 'ASC' }, take: 200 });
    const concerns = await this.dataSource.getRepository(ExperienceConcernEntity).find({
      where: { outcome: IsNull() },
      order: { deadlineAt: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
      take: 200,
    });
    return {
      submitted,
      concerns: concerns.map((concern) => toConcernView(concern, this.clock.now())),
    };
  }

  publish(actor: Actor, id: string) {
    return this.transition(actor, id, ['SUBMITTED'], 'PUBLISHED', 'published', null);
  }

  async requestChanges(actor: Actor, id: string, message: string) {
    const text = this.message(message, 'message', true);
    const saved = await this.transition(
      actor,
      id,
      ['SUBMITTED', 'PUBLISHED'],
      'CHANGES_REQUESTED',
      'sent back for changes',
      text,
    );
    await this.tellAuthor(
      saved,
      'Changes needed to your supplier experience',
      `A moderator asked for changes to your experience of ${await this.supplierName(saved)} before it is published:`,
      text,
    );
    return saved;
  }

  async reject(actor: Actor, id: string, reason: string | null | undefined) {
    const text = this.message(reason ?? '', 'reason', false);
    const saved = await this.transition(
      actor,
      id,
      ['SUBMITTED', 'CHANGES_REQUESTED'],
      'REJECTED',
      'rejected',
      text || null,
    );
    await this.tellAuthor(
      saved,
      'Your supplier experience was not published',
      `A moderator decided not to publish your experience of ${await this.supplierName(saved)}.`,
      text,
    );
    return saved;
  }

  /** Anyone signed in who can read a published experience may raise a concern about it. */
  async raiseConcern(actor: Actor, experienceId: string, details: string): Promise<ConcernView> {
    await this.policy.authorize(actor, { action: 'supplier-experience.raise-concern' });
    const text = this.message(details, 'details', true);
    return this.dataSource.transaction(async (manager) => {
      const experience = await this.experiences.lock(actor, experienceId, manager);
      if (experience.status !== 'PUBLISHED') throw experienceNotFound();
      const concern = await manager.getRepository(ExperienceConcernEntity).save({
        experienceId: experience.id,
        kind: 'CONCERN' as const,
        details: text,
        raisedBy: actor.userId ?? null,
      });
      await this.audit.record(
        {
          action: 'supplier-experience.concern-raised',
          outcome: 'success',
          target: { type: 'supplier_experience', id: experience.id },
          details: { concern: concern.id },
        },
        manager,
      );
      return toConcernView(concern, this.clock.now());
    });
  }

  /**
   * A supplier's notice of complaint, entered by a moderator: it is answered
   * within 48 hours (s.5 Defamation Act 2013), and its author is told of it.
   */
  async recordComplaint(actor: Actor, experienceId: string, details: string): Promise<ConcernView> {
    await this.policy.authorize(actor, { action: 'supplier-experience.moderate' });
    const text = this.message(details, 'details', true);
    const { experience, concern } = await this.dataSource.transaction(async (manager) => {
      const experience = await this.experiences.lock(actor, experienceId, manager);
      if (experience.status !== 'PUBLISHED')
        throw badTransition(experience.status, 'complained about');
      const concern = await manager.getRepository(ExperienceConcernEntity).save({
        experienceId: experience.id,
        kind: 'COMPLAINT' as const,
        details: text,
        raisedBy: actor.userId ?? null,
        deadlineAt: new Date(this.clock.now().getTime() + COMPLAINT_HOURS * HOUR),
      });
      await this.audit.record(
        {
          action: 'supplier-experience.complaint-received',
          outcome: 'success',
          target: { type: 'supplier_experience', id: experience.id },
          details: { concern: concern.id, deadlineAt: concern.deadlineAt!.toISOString() },
        },
        manager,
      );
      return { experience, concern };
    });
    await this.tellAuthor(
      experience,
      'A supplier has complained about your supplier experience',
      `${await this.supplierName(experience)} sent a notice of complaint about your experience of them. A moderator will decide within 48 hours whether it is kept, edited or removed, and may ask you about it. The complaint:`,
      text,
    );
    return toConcernView(concern, this.clock.now());
  }

  /** Ends a concern or complaint: the experience kept, edited (with the moderator's text) or removed. */
  async resolve(
    actor: Actor,
    concernId: string,
    outcome: ConcernOutcome,
    note: string | null | undefined,
    edit: TextEdit | null | undefined,
  ): Promise<ConcernView> {
    await this.policy.authorize(actor, { action: 'supplier-experience.moderate' });
    if (!UUID.test(concernId)) throw concernNotFound();
    const resolutionNote = this.message(note ?? '', 'note', false);
    return this.dataSource.transaction(async (manager) => {
      const concern = await manager
        .getRepository(ExperienceConcernEntity)
        .findOne({ where: { id: concernId }, lock: { mode: 'pessimistic_write' } });
      if (!concern || concern.outcome) throw concernNotFound();
      const experience = await this.experiences.lock(actor, concern.experienceId, manager);
      if (outcome === 'EDITED') this.applyEdit(experience, edit);
      if (outcome === 'REMOVED') experience.status = 'REMOVED';
      await manager.getRepository(ExperienceEntity).save(experience);
      const now = this.clock.now();
      const overdue = concern.deadlineAt !== null && now > concern.deadlineAt;
      Object.assign(concern, {
        outcome,
        resolutionNote: resolutionNote || null,
        resolvedBy: actor.userId ?? null,
        resolvedAt: now,
      });
      const saved = await manager.getRepository(ExperienceConcernEntity).save(concern);
      await this.audit.record(
        {
          action: `supplier-experience.${concern.kind === 'COMPLAINT' ? 'complaint' : 'concern'}-resolved`,
          outcome: 'success',
          target: { type: 'supplier_experience', id: experience.id },
          details: { concern: concern.id, outcome, overdue },
        },
        manager,
      );
      return toConcernView(saved, this.clock.now());
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    from: ExperienceStatus[],
    to: ExperienceStatus,
    verb: string,
    message: string | null,
  ): Promise<ExperienceEntity> {
    await this.policy.authorize(actor, { action: 'supplier-experience.moderate' });
    return this.dataSource.transaction(async (manager) => {
      const experience = await this.experiences.lock(actor, id, manager);
      if (!from.includes(experience.status)) throw badTransition(experience.status, verb);
      const before = experience.status;
      const change = experience.publishedAt ? 'updated' : 'new';
      experience.status = to;
      experience.moderatorMessage = message;
      if (to === 'PUBLISHED') experience.publishedAt = this.clock.now();
      const saved = await manager.getRepository(ExperienceEntity).save(experience);
      if (to === 'PUBLISHED')
        // Followers hear of it (issue 17), recorded in the same transaction.
        await this.events.record(manager, {
          type: 'content.published',
          contentType: 'supplier_experience',
          id: saved.id,
          change,
        });
      await this.audit.record(
        {
          action: 'supplier-experience.transition',
          outcome: 'success',
          target: { type: 'supplier_experience', id },
          details: { from: before, to },
        },
        manager,
      );
      return saved;
    });
  }

  private applyEdit(experience: ExperienceEntity, edit: TextEdit | null | undefined) {
    const fields = ['whatWorked', 'whatDidNotWork', 'advice'] as const;
    if (!edit || fields.every((field) => edit[field] === undefined || edit[field] === null))
      throw invalidInput([
        { field: 'edit', message: 'Give the edited text when the outcome is edited' },
      ]);
    for (const field of fields) {
      const value = edit[field];
      if (value === undefined || value === null) continue;
      if (value.trim().length > EXPERIENCE_LIMITS.text)
        throw invalidInput([
          {
            field: `edit.${field}`,
            message: `The text must be ${EXPERIENCE_LIMITS.text.toLocaleString('en-GB')} characters or fewer`,
          },
        ]);
      experience[field] = value.trim();
    }
  }

  private message(value: string, field: string, required: boolean): string {
    const text = (value ?? '').trim();
    if (required && !text) throw invalidInput([{ field, message: `Enter the ${field}` }]);
    if (text.length > EXPERIENCE_LIMITS.text)
      throw invalidInput([
        {
          field,
          message: `The ${field} must be ${EXPERIENCE_LIMITS.text.toLocaleString('en-GB')} characters or fewer`,
        },
      ]);
    return text;
  }

  private async supplierName(experience: ExperienceEntity): Promise<string> {
    const supplier = await this.dataSource
      .getRepository(SupplierEntity)
      .findOneBy({ id: experience.supplierId });
    return supplier?.name ?? 'a supplier';
  }

  /** Mails the author; the decision stands if the mail cannot be sent. */
  private async tellAuthor(
    experience: ExperienceEntity,
    subject: string,
    intro: string,
    message: string,
  ) {
    if (!experience.authorId) return;
    const [account] = await this.dataSource.query(`SELECT email FROM account WHERE id = $1`, [
      experience.authorId,
    ]);
    if (!account?.email) return;
    const lines = [intro, ''];
    if (message) lines.push(message, '');
    lines.push(`See your council's experiences: ${this.config.publicUrl}/suppliers/my-council`);
    try {
      await this.mailer.send({ to: account.email, subject, text: lines.join('\n') });
    } catch (error) {
      this.logger.error(`Could not send "${subject}": ${(error as Error).message}`);
    }
  }
}
