import type { Actor } from '@lgx/api/core/auth';
import {
  type QuestionSubject,
  QuestionSubjects,
  type QuestionSubjectType,
} from '@lgx/api/core/contracts';
import { isUuid } from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';

import { subjectNotFound, subjectNotPublished } from './question.errors';
import type { QuestionSubjectKindKey } from './question.object';

export const subjectTypeOf = (kind: QuestionSubjectKindKey): QuestionSubjectType =>
  kind === 'CASE_STUDY' ? 'case_study' : 'component';

export const subjectKindOf = (type: QuestionSubjectType): QuestionSubjectKindKey =>
  type === 'case_study' ? 'CASE_STUDY' : 'COMPONENT';

export const subjectWords = (type: QuestionSubjectType) =>
  type === 'case_study' ? 'case study' : 'component';

/** The case studies and components questions are about, through the port their features provide. */
@Injectable()
export class QuestionSubjectFinder {
  constructor(private readonly subjects: QuestionSubjects) {}

  /** The subject as the reader sees it; NOT_FOUND when unknown or hidden from them. */
  async visible(reader: Actor, type: QuestionSubjectType, id: string): Promise<QuestionSubject> {
    const source = this.subjects.source(type);
    const subject = isUuid(id) && source ? await source.find(reader, id) : null;
    if (!subject) throw subjectNotFound(subjectWords(type));
    return subject;
  }

  /** A subject that takes questions: visible to the reader and published. */
  async askable(reader: Actor, type: QuestionSubjectType, id: string): Promise<QuestionSubject> {
    const subject = await this.visible(reader, type, id);
    if (!subject.published) throw subjectNotPublished(subjectWords(type));
    return subject;
  }

  /** The subject, or null when the reader may not see it any more. */
  async find(reader: Actor, type: QuestionSubjectType, id: string) {
    return (await this.subjects.source(type)?.find(reader, id)) ?? null;
  }

  contacts(type: QuestionSubjectType, id: string, excludeCouncilCode: string) {
    return this.subjects.source(type)?.contacts(id, excludeCouncilCode) ?? Promise.resolve([]);
  }
}
