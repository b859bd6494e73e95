import { CouncilEditorsMail, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CaseStudiesResolver } from './case-studies.resolver';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyEntity } from './case-study.entity';
import { CaseStudyAttachmentEntity } from './case-study-attachment.entity';
import { CaseStudyAttachmentsController } from './case-study-attachments.controller';
import { CaseStudyAttachmentsService } from './case-study-attachments.service';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudySearchSource } from './case-study-search.source';
import { CoAuthorInvitationEntity } from './co-author-invitation.entity';
import { CoAuthorInvitationsService } from './co-author-invitations.service';

export const CASE_STUDY_ENTITIES = [
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyAttachmentEntity,
  CoAuthorInvitationEntity,
];
export const CASE_STUDY_RESOLVERS = [CaseStudiesResolver];

/** Case studies: structured, comparable accounts of what councils did. */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(CASE_STUDY_ENTITIES)],
  controllers: [CaseStudyAttachmentsController],
  providers: [
    CouncilEditorsMail,
    CaseStudiesService,
    CaseStudyAttachmentsService,
    CaseStudySearchSource,
    CoAuthorInvitationsService,
    ...CASE_STUDY_RESOLVERS,
  ],
  exports: [CaseStudiesService],
})
export class CaseStudiesModule {}
