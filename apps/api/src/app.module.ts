import { AuditModule } from '@lgx/api/core/audit';
import { AuthModule } from '@lgx/api/core/auth';
import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { CouncilsCoreModule } from '@lgx/api/core/councils';
import { DatabaseModule } from '@lgx/api/core/database';
import { LgxGraphQLModule } from '@lgx/api/core/graphql';
import { JobsModule } from '@lgx/api/core/jobs';
import { MailModule } from '@lgx/api/core/mail';
import { SearchModule } from '@lgx/api/core/search';
import { StorageModule } from '@lgx/api/core/storage';
import { CaseStudiesModule } from '@lgx/api/feature-case-studies';
import { ComponentsModule } from '@lgx/api/feature-components';
import { ContractsModule } from '@lgx/api/feature-contracts';
import { CouncilsModule } from '@lgx/api/feature-councils';
import { DiscoveryModule } from '@lgx/api/feature-discovery';
import { HealthModule } from '@lgx/api/feature-health';
import { IdentityModule } from '@lgx/api/feature-identity';
import { InsightModule } from '@lgx/api/feature-insight';
import { NotificationsModule } from '@lgx/api/feature-notifications';
import { ProcurementModule } from '@lgx/api/feature-procurement';
import { QuestionsModule } from '@lgx/api/feature-questions';
import { SuppliersModule } from '@lgx/api/feature-suppliers';
import { type DynamicModule, Module } from '@nestjs/common';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

@Module({})
export class AppModule {
  static register(config: AppConfig, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
        SearchModule,
        JobsModule,
        MailModule.forRoot(config),
        StorageModule,
        LgxGraphQLModule.forRoot(),
        // Order matters: the request context (audit) is set before identity reads the session.
        AuditModule,
        AuthModule,
        CouncilsCoreModule,
        IdentityModule,
        HealthModule,
        CouncilsModule,
        DiscoveryModule,
        CaseStudiesModule,
        SuppliersModule,
        ComponentsModule,
        ProcurementModule,
        ContractsModule,
        NotificationsModule,
        QuestionsModule,
        InsightModule,
        ...extra,
      ],
    };
  }
}
