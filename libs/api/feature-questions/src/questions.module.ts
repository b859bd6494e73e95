import { QuestionSubjectsModule } from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AdopterQuestionResolver } from './adopter-question.resolver';
import { AdopterQuestionService } from './adopter-question.service';
import { QuestionEntity } from './question.entity';
import { QuestionResolver } from './question.resolver';
import { QuestionService } from './question.service';
import { QuestionAnswerEntity } from './question-answer.entity';
import { QuestionListService } from './question-list.service';
import { QuestionSearchText } from './question-search.source';
import { QuestionSubjectFinder } from './question-subject';

export const QUESTION_ENTITIES = [QuestionEntity, QuestionAnswerEntity];
export const QUESTION_RESOLVERS = [QuestionResolver, AdopterQuestionResolver];

/** Questions to the councils behind case studies and components, and their answers (decision 0047). */
@Module({
  imports: [
    CouncilsCoreModule,
    QuestionSubjectsModule,
    TypeOrmModule.forFeature(QUESTION_ENTITIES),
  ],
  providers: [
    QuestionSubjectFinder,
    QuestionService,
    QuestionListService,
    QuestionSearchText,
    AdopterQuestionService,
    ...QUESTION_RESOLVERS,
  ],
})
export class QuestionsModule {}
