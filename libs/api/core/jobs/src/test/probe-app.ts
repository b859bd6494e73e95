import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { DatabaseModule } from '@lgx/api/core/database';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { JobsModule } from '../jobs.module';
import { probeJobsModule } from './probe-jobs';

@Module({})
class ProbeAppModule {}

/** A process's worth of the queue: config, database, JobsModule and the probe handlers. */
export async function createProbeApp(config: AppConfig, label: string) {
  const root: DynamicModule = {
    module: ProbeAppModule,
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({ entities: [], migrations: [] }),
      JobsModule,
      probeJobsModule(label),
    ],
  };
  const app = await NestFactory.createApplicationContext(root, { logger: ['error'] });
  await app.init();
  return app;
}
