import { QuestionSubjectsModule } from '@lgx/api/core/contracts';
import { CouncilInvitationsModule, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseStudyEntity } from './case-study.entity';
import { CaseStudyResolver } from './case-study.resolver';
import { CaseStudyService } from './case-study.service';
import { CaseStudyActualsEntity } from './case-study-actuals.entity';
import { CaseStudyActualsResolver } from './case-study-actuals.resolver';
import { CaseStudyActualsService } from './case-study-actuals.service';
import { CaseStudyAttachmentController } from './case-study-attachment.controller';
import { CaseStudyAttachmentEntity } from './case-study-attachment.entity';
import { CaseStudyAttachmentResolver } from './case-study-attachment.resolver';
import { CaseStudyAttachmentService } from './case-study-attachment.service';
import { CaseStudyQuestionSubject } from './case-study-question-subject';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudySearchSource } from './case-study-search.source';
import { CoAuthorInvitationEntity } from './co-author-invitation.entity';
import { CoAuthorInvitationResolver } from './co-author-invitation.resolver';
import { CoAuthorInvitationService } from './co-author-invitation.service';

export const CASE_STUDY_ENTITIES = [
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyAttachmentEntity,
  CoAuthorInvitationEntity,
  CaseStudyActualsEntity,
];
export const CASE_STUDY_RESOLVERS = [
  CaseStudyResolver,
  CaseStudyAttachmentResolver,
  CoAuthorInvitationResolver,
  CaseStudyActualsResolver,
];

/** Case studies: structured, comparable accounts of what councils did. */
@Module({
  imports: [
    CouncilsCoreModule,
    CouncilInvitationsModule,
    QuestionSubjectsModule,
    TypeOrmModule.forFeature(CASE_STUDY_ENTITIES),
  ],
  controllers: [CaseStudyAttachmentController],
  providers: [
    CaseStudyService,
    CaseStudyAttachmentService,
    CaseStudySearchSource,
    CaseStudyQuestionSubject,
    CoAuthorInvitationService,
    CaseStudyActualsService,
    ...CASE_STUDY_RESOLVERS,
  ],
  exports: [CaseStudyService],
})
export class CaseStudiesModule {}
