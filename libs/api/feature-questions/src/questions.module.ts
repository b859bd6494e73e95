import {
  PersonalDataModule,
  QuestionDirectory,
  QuestionSubjectsModule,
} from '@lgx/api/core/contracts';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AdopterQuestionResolver } from './adopter-question.resolver';
import { AdopterQuestionService } from './adopter-question.service';
import { QuestionEntity } from './question.entity';
import { QuestionResolver } from './question.resolver';
import { QuestionService } from './question.service';
import { QuestionAnswerEntity } from './question-answer.entity';
import { QuestionDirectoryService } from './question-directory.service';
import { QuestionListService } from './question-list.service';
import { QuestionPersonalData } from './question-personal-data.source';
import { QuestionSearchText } from './question-search.source';
import { QuestionSubjectFinder } from './question-subject';

export const QUESTION_ENTITIES = [QuestionEntity, QuestionAnswerEntity];
export const QUESTION_RESOLVERS = [QuestionResolver, AdopterQuestionResolver];

/**
 * Questions to the councils behind case studies and components, and their
 * answers (decision 0047). Global for its QuestionDirectory.
 */
@Global()
@Module({
  imports: [
    CouncilsCoreModule,
    QuestionSubjectsModule,
    PersonalDataModule,
    TypeOrmModule.forFeature(QUESTION_ENTITIES),
  ],
  providers: [
    QuestionSubjectFinder,
    QuestionService,
    QuestionListService,
    QuestionSearchText,
    AdopterQuestionService,
    QuestionPersonalData,
    { provide: QuestionDirectory, useClass: QuestionDirectoryService },
    ...QUESTION_RESOLVERS,
  ],
  // Notifications tell a council of its questions and an asker of answers through it.
  exports: [QuestionDirectory],
})
export class QuestionsModule {}
