import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { LgxEvents, type QuestionSubject } from '@lgx/api/core/contracts';
import { isUuid } from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { QuestionEntity, type QuestionVisibility } from './question.entity';
import { invalidText, ownCouncil, questionNotFound, tooManyQuestions } from './question.errors';
import type { QuestionSubjectKindKey } from './question.object';
import { checkText, QUESTIONS_PER_DAY } from './question.rules';
import { QuestionAnswerEntity } from './question-answer.entity';
import { QuestionListService } from './question-list.service';
import { QuestionSubjectFinder, subjectTypeOf } from './question-subject';

/** A question to record: its subject as found for the asker, and what was asked. */
export interface NewQuestion {
  subject: QuestionSubject;
  text: string;
  visibility: QuestionVisibility;
  /** The councils it is put to (the subject's, unless narrowed). */
  councilCodes: string[];
  /** "Ask the adopters": the officers it was emailed to directly. */
  emailedAccountIds?: string[];
}

/** Text checked, or a BAD_USER_INPUT error naming the field. */
export function checkedText(raw: string, field: string, what: 'question' | 'answer'): string {
  const checked = checkText(raw, field, what);
  if ('problem' in checked) throw invalidText(checked.problem);
  return checked.text;
}

/**
 * Asking and answering (decision 0047). Each records its event in the same
 * transaction as the write, so the councils are told exactly when it commits.
 */
@Injectable()
export class QuestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly list: QuestionListService,
    private readonly subjects: QuestionSubjectFinder,
    private readonly events: LgxEvents,
  ) {}

  /** Anyone signed in asks the councils behind a published case study or component. */
  async ask(
    actor: Actor,
    input: { subjectType: QuestionSubjectKindKey; subjectId: string; text: string },
    visibility: QuestionVisibility,
  ): Promise<string> {
    const text = checkedText(input.text, 'text', 'question');
    const type = subjectTypeOf(input.subjectType);
    const subject = await this.subjects.askable(actor, type, input.subjectId);
    await this.authorizeAsk(actor, subject.councilCodes);
    return this.record(actor, { subject, text, visibility, councilCodes: subject.councilCodes });
  }

  /** Refuses asking one's own council (OWN_COUNCIL), then anything else the policy refuses. */
  async authorizeAsk(actor: Actor, councilCodes: string[]): Promise<void> {
    if (actor.council && councilCodes.includes(actor.council.code)) throw ownCouncil();
    await this.policy.authorize(actor, { action: 'question.ask', councilCodes });
  }

  /** Records a question, within the asker's daily allowance, and tells the councils it is put to. */
  async record(actor: Actor, question: NewQuestion): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.withinAllowance(actor, manager);
      const saved = await manager.getRepository(QuestionEntity).save({
        subjectType: question.subject.type,
        subjectId: question.subject.id,
        councilCodes: question.councilCodes,
        visibility: question.visibility,
        text: question.text,
        askedBy: actor.userId!,
        askerCouncilCode: actor.council?.code ?? null,
        askedAt: new Date(),
        emailedCount: question.emailedAccountIds?.length ?? null,
      });
      // In the same transaction as the event, so the notification knows whom not to email again.
      await manager.query(
        `INSERT INTO question_emailed (question_id, account_id) SELECT $1, unnest($2::uuid[])`,
        [saved.id, question.emailedAccountIds ?? []],
      );
      await this.tell(manager, { type: 'question.asked', questionId: saved.id });
      return saved.id;
    });
  }

  /** Refuses a sixth question in a day (TOO_MANY_QUESTIONS); call before anything is sent. */
  async withinAllowance(actor: Actor, manager: EntityManager = this.dataSource.manager) {
    // One asker at a time, so two questions at once cannot both squeeze under the limit.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('question.ask'), hashtext($1))`, [
      actor.userId,
    ]);
    const [{ recent }] = await manager.query(
      `SELECT count(*)::int AS recent FROM question WHERE asked_by = $1 AND asked_at > now() - interval '1 day'`,
      [actor.userId],
    );
    if (recent >= QUESTIONS_PER_DAY) throw tooManyQuestions(QUESTIONS_PER_DAY);
  }

  /** An officer of a council the question was put to answers it; the answer is seen by whoever sees the question. */
  async answer(actor: Actor, questionId: string, rawText: string): Promise<string> {
    const text = checkedText(rawText, 'text', 'answer');
    if (!isUuid(questionId)) throw questionNotFound();
    const visible = await this.list
      .readable(actor)
      .andWhere('question.id = :questionId', { questionId })
      .getOne();
    if (!visible) throw questionNotFound();
    await this.policy.authorize(actor, {
      action: 'question.answer',
      councilCodes: visible.councilCodes,
    });
    return this.dataSource.transaction(async (manager) => {
      const answer = await manager.getRepository(QuestionAnswerEntity).save({
        questionId,
        text,
        answeredBy: actor.userId!,
        councilCode: actor.council!.code,
        answeredAt: new Date(),
      });
      await manager.query(
        `UPDATE question SET answered_at = $2 WHERE id = $1 AND answered_at IS NULL`,
        [questionId, answer.answeredAt],
      );
      await this.tell(manager, { type: 'question.answered', questionId, answerId: answer.id });
      return answer.id;
    });
  }

  private async tell(manager: EntityManager, event: Parameters<LgxEvents['record']>[1]) {
    await this.events.record(manager, event);
  }
}
