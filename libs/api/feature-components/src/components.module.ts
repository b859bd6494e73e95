import { QuestionSubjectsModule } from '@lgx/api/core/contracts';
import { CouncilInvitationsModule, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CoMaintainerInvitationEntity } from './co-maintainer-invitation.entity';
import { CoMaintainerInvitationResolver } from './co-maintainer-invitation.resolver';
import { CoMaintainerInvitationService } from './co-maintainer-invitation.service';
import { ComponentEntity } from './component.entity';
import { ComponentResolver } from './component.resolver';
import { ComponentService } from './component.service';
import { ComponentAdoptionEntity } from './component-adoption.entity';
import { ComponentAdoptionResolver } from './component-adoption.resolver';
import { ComponentAdoptionService } from './component-adoption.service';
import { ComponentImportService } from './component-import.service';
import { ComponentQuestionResolver } from './component-question.resolver';
import { ComponentQuestionSubject } from './component-question-subject';
import { ComponentReminderService } from './component-reminder.service';
import { ComponentSearchSource } from './component-search.source';

export const COMPONENT_ENTITIES = [
  ComponentEntity,
  ComponentAdoptionEntity,
  CoMaintainerInvitationEntity,
];
export const COMPONENT_RESOLVERS = [
  ComponentResolver,
  ComponentAdoptionResolver,
  ComponentQuestionResolver,
  CoMaintainerInvitationResolver,
];

/** Reusable components: the catalogue, publiccode.yml import and verified adoption. */
@Module({
  imports: [
    CouncilsCoreModule,
    CouncilInvitationsModule,
    QuestionSubjectsModule,
    TypeOrmModule.forFeature(COMPONENT_ENTITIES),
  ],
  providers: [
    ComponentService,
    ComponentAdoptionService,
    ComponentQuestionSubject,
    ComponentReminderService,
    ComponentSearchSource,
    CoMaintainerInvitationService,
    ComponentImportService,
    ...COMPONENT_RESOLVERS,
  ],
  exports: [ComponentService, ComponentAdoptionService, ComponentReminderService],
})
export class ComponentsModule {}
