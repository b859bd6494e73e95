import { VISITOR } from '@lgx/api/core/auth';
import { QuestionDirectory, type QuestionForNotification } from '@lgx/api/core/contracts';
import { isUuid } from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { QuestionEntity } from './question.entity';
import { QuestionSubjectFinder, subjectWords } from './question-subject';

/**
 * Who asked what of whom, for notifications (the QuestionDirectory port): the
 * councils the question was put to when it was asked, and its subject as a
 * visitor sees it (a subject withdrawn since is named by its kind only, with
 * no link to a page nobody may open).
 */
@Injectable()
export class QuestionDirectoryService extends QuestionDirectory {
  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    private readonly subjects: QuestionSubjectFinder,
  ) {
    super();
  }

  async find(questionId: string): Promise<QuestionForNotification | null> {
    if (!isUuid(questionId)) return null;
    const question = await this.questions.findOneBy({ id: questionId });
    if (!question) return null;
    const subject = await this.subjects.find(VISITOR, question.subjectType, question.subjectId);
    const emailed: { accountId: string }[] = await this.questions.manager.query(
      `SELECT account_id AS "accountId" FROM question_emailed WHERE question_id = $1`,
      [question.id],
    );
    return {
      questionId: question.id,
      askerAccountId: question.askedBy,
      councilCodes: question.councilCodes,
      officersOnly: question.visibility === 'OFFICERS',
      subjectTitle: subject?.title ?? `a ${subjectWords(question.subjectType)}`,
      url: subject?.path ?? '/',
      emailedAccountIds: emailed.map((row) => row.accountId),
    };
  }
}
