import type { Actor } from '@lgx/api/core/auth';
import {
  notFoundAsNull,
  type QuestionSubject,
  QuestionSubjects,
  QuestionSubjectSource,
} from '@lgx/api/core/contracts';
import { Injectable } from '@nestjs/common';

import { CaseStudyService } from './case-study.service';

/**
 * Case studies as the questions feature sees them (decision 0047): a question
 * is put to the lead and co-author councils of a published case study.
 */
@Injectable()
export class CaseStudyQuestionSubject extends QuestionSubjectSource {
  readonly type = 'case_study';

  constructor(
    private readonly studies: CaseStudyService,
    subjects: QuestionSubjects,
  ) {
    super();
    subjects.register(this);
  }

  async find(reader: Actor, id: string): Promise<QuestionSubject | null> {
    const study = await this.studies.get(reader, id).catch(notFoundAsNull);
    if (!study) return null;
    return {
      type: this.type,
      id: study.id,
      title: study.title,
      path: `/case-studies/${study.id}`,
      published: study.status === 'PUBLISHED',
      councilCodes: [study.leadCouncilCode, ...study.coAuthorCouncilCodes],
    };
  }
}
