import { CouncilEditorsMail, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseStudyResolver } from './case-study.resolver';
import { CaseStudyService } from './case-study.service';
import { CaseStudyEntity } from './case-study.entity';
import { CaseStudyAttachmentEntity } from './case-study-attachment.entity';
import { CaseStudyAttachmentController } from './case-study-attachment.controller';
import { CaseStudyAttachmentService } from './case-study-attachment.service';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudySearchSource } from './case-study-search.source';
import { CoAuthorInvitationEntity } from './co-author-invitation.entity';
import { CoAuthorInvitationService } from './co-author-invitation.service';

export const CASE_STUDY_ENTITIES = [
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyAttachmentEntity,
  CoAuthorInvitationEntity,
];
export const CASE_STUDY_RESOLVERS = [CaseStudyResolver];

/** Case studies: structured, comparable accounts of what councils did. */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(CASE_STUDY_ENTITIES)],
  controllers: [CaseStudyAttachmentController],
  providers: [
    CouncilEditorsMail,
    CaseStudyService,
    CaseStudyAttachmentService,
    CaseStudySearchSource,
    CoAuthorInvitationService,
    ...CASE_STUDY_RESOLVERS,
  ],
  exports: [CaseStudyService],
})
export class CaseStudiesModule {}
