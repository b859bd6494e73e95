import { type Actor, PolicyService } from '@lgx/api/core/auth';
import type { QuestionSubjectType } from '@lgx/api/core/contracts';
import { CouncilDirectory } from '@lgx/api/core/councils';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';

import { QuestionEntity } from './question.entity';
import type { Question, SubjectQuestionConnection } from './question.object';
import { toQuestion } from './question.view';
import { QuestionAnswerEntity } from './question-answer.entity';
import { QuestionSubjectFinder } from './question-subject';

interface Page {
  first?: number | null;
  after?: string | null;
}

/** Reading questions: a subject's, and those put to the reader's council; each only as the reader may see it. */
@Injectable()
export class QuestionListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly councils: CouncilDirectory,
    private readonly subjects: QuestionSubjectFinder,
  ) {}

  /** A case study's or component's questions, newest first. */
  async forSubject(
    reader: Actor,
    type: QuestionSubjectType,
    id: string,
    page: Page,
  ): Promise<SubjectQuestionConnection> {
    const subject = await this.subjects.visible(reader, type, id);
    const query = this.readable(reader).andWhere(
      'question.subjectType = :type AND question.subjectId = :id',
      { type, id: subject.id },
    );
    const connection = await this.page(reader, query, page, () => subject.title);
    const councils = await this.councils.findByCodes(subject.councilCodes);
    return {
      ...connection,
      canAsk:
        subject.published &&
        this.policy.can(reader, { action: 'question.ask', councilCodes: subject.councilCodes }),
      askTo: subject.councilCodes.map(
        (code) => councils.find((council) => council.code === code)?.name ?? code,
      ),
    };
  }

  /** Questions put to the reader's council, newest first; by default only those waiting for an answer. */
  async forMyCouncil(
    reader: Actor,
    unansweredOnly: boolean,
    page: Page,
  ): Promise<ConnectionShape<Question>> {
    const councilCode = reader.council?.code ?? '';
    await this.policy.authorize(reader, { action: 'question.list-council', councilCode });
    const query = this.readable(reader).andWhere(':code = ANY(question.councilCodes)', {
      code: councilCode,
    });
    if (unansweredOnly) query.andWhere('question.answeredAt IS NULL');
    const titles = new Map<string, string | null>();
    return this.page(reader, query, page, (question) => titles.get(question.subjectId) ?? null, {
      beforeView: async (questions) => {
        const keys = [...new Set(questions.map((q) => `${q.subjectType}:${q.subjectId}`))];
        await Promise.all(
          keys.map(async (key) => {
            const [type, id] = key.split(':') as [QuestionSubjectType, string];
            titles.set(id, (await this.subjects.find(reader, type, id))?.title ?? null);
          }),
        );
      },
    });
  }

  /** One question as the reader may see it, or null. */
  async one(reader: Actor, id: string): Promise<Question | null> {
    const question = await this.readable(reader).andWhere('question.id = :id', { id }).getOne();
    if (!question) return null;
    const subject = await this.subjects.find(reader, question.subjectType, question.subjectId);
    return (await this.views(reader, [question], () => subject?.title ?? null))[0] ?? null;
  }

  /** Only what the reader may see: public ones, officers-only ones for officers and the asker. */
  readable(reader: Actor): SelectQueryBuilder<QuestionEntity> {
    const query = this.dataSource.getRepository(QuestionEntity).createQueryBuilder('question');
    const seesAll = this.policy.can(reader, {
      action: 'question.read-officers-only',
      askedBy: '',
    });
    if (seesAll) return query.where('TRUE');
    return reader.userId
      ? query.where(`(question.visibility = 'PUBLIC' OR question.askedBy = :reader)`, {
          reader: reader.userId,
        })
      : query.where(`question.visibility = 'PUBLIC'`);
  }

  private async page(
    reader: Actor,
    query: SelectQueryBuilder<QuestionEntity>,
    page: Page,
    titleOf: (question: QuestionEntity) => string | null,
    hooks: { beforeView?: (questions: QuestionEntity[]) => Promise<void> } = {},
  ): Promise<ConnectionShape<Question>> {
    const size = pageSize(page.first);
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [askedAt, id] = decodeCursor(page.after, ['timestamp', 'uuid'] as const);
      query.andWhere('(question.askedAt, question.id) < (:askedAt, :afterId)', {
        askedAt,
        afterId: id,
      });
    }
    const rows = await query
      .orderBy('question.askedAt', 'DESC')
      .addOrderBy('question.id', 'DESC')
      .take(size + 1)
      .getMany();
    await hooks.beforeView?.(rows.slice(0, size));
    const views = await this.views(reader, rows, titleOf);
    return toConnection(views, size, totalCount, (question) =>
      encodeCursor([question.askedAt.toISOString(), question.id]),
    );
  }

  private async views(
    reader: Actor,
    questions: QuestionEntity[],
    titleOf: (question: QuestionEntity) => string | null,
  ): Promise<Question[]> {
    if (questions.length === 0) return [];
    const answers = await this.dataSource.getRepository(QuestionAnswerEntity).find({
      where: { questionId: In(questions.map((q) => q.id)) },
      order: { answeredAt: 'ASC', id: 'ASC' },
    });
    const codes = new Set(questions.flatMap((q) => [...q.councilCodes, q.askerCouncilCode ?? '']));
    answers.forEach((answer) => codes.add(answer.councilCode));
    const names = new Map(
      (await this.councils.findByCodes([...codes].filter(Boolean))).map((c) => [c.code, c.name]),
    );
    return questions.map((question) =>
      toQuestion(question, {
        answers: answers.filter((answer) => answer.questionId === question.id),
        councilName: (code) => names.get(code) ?? code,
        canAnswer: this.policy.can(reader, {
          action: 'question.answer',
          councilCodes: question.councilCodes,
        }),
        subjectTitle: titleOf(question),
      }),
    );
  }
}
