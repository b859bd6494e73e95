import { CouncilEditorsMail, CouncilsCoreModule } from '@lgx/api/core/councils';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CoMaintainerInvitationEntity } from './co-maintainer-invitation.entity';
import { CoMaintainerInvitationsResolver } from './co-maintainer-invitations.resolver';
import { CoMaintainerInvitationsService } from './co-maintainer-invitations.service';
import { ComponentEntity } from './component.entity';
import { ComponentAdoptionEntity } from './component-adoption.entity';
import { ComponentAdoptionsService } from './component-adoptions.service';
import { ComponentImportService } from './component-import.service';
import { ComponentQuestionEntity } from './component-question.entity';
import { ComponentQuestionsService } from './component-questions.service';
import { ComponentRemindersService } from './component-reminders.service';
import { ComponentSearchSource } from './component-search.source';
import { ComponentsResolver } from './components.resolver';
import { ComponentsService } from './components.service';

export const COMPONENT_ENTITIES = [
  ComponentEntity,
  ComponentAdoptionEntity,
  ComponentQuestionEntity,
  CoMaintainerInvitationEntity,
];
export const COMPONENT_RESOLVERS = [ComponentsResolver, CoMaintainerInvitationsResolver];

/** Reusable components: the catalogue, publiccode.yml import and verified adoption. */
@Module({
  imports: [CouncilsCoreModule, TypeOrmModule.forFeature(COMPONENT_ENTITIES)],
  providers: [
    CouncilEditorsMail,
    ComponentsService,
    ComponentAdoptionsService,
    ComponentQuestionsService,
    ComponentRemindersService,
    ComponentSearchSource,
    CoMaintainerInvitationsService,
    ComponentImportService,
    ...COMPONENT_RESOLVERS,
  ],
  exports: [ComponentsService, ComponentAdoptionsService, ComponentRemindersService],
})
export class ComponentsModule {}
