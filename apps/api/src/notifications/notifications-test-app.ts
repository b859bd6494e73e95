import { JOBS_DEFAULTS } from '@lgx/api/core/config';
import type { LgxEvent } from '@lgx/api/core/contracts';
import { QuestionDirectory, type QuestionForNotification } from '@lgx/api/core/contracts';
import { SearchIndexer } from '@lgx/api/core/search';
import { CASE_STUDY_ENTITIES, CaseStudiesModule } from '@lgx/api/feature-case-studies';
import { COMPONENT_ENTITIES, ComponentsModule } from '@lgx/api/feature-components';
import { NOTIFICATION_ENTITIES, NotificationsModule } from '@lgx/api/feature-notifications';
import { PROCUREMENT_ENTITIES, ProcurementModule } from '@lgx/api/feature-procurement';
import { SUPPLIER_ENTITIES, SuppliersModule } from '@lgx/api/feature-suppliers';
import {
  bootTestApp,
  createFeatureApp,
  type FeatureAppOptions,
  seedTestCouncils,
  type TestApp,
  watchEvents,
} from '@lgx/api/testing';
import { Global, Module } from '@nestjs/common';

/** What features recorded, in order, on its way to the job queue (filled once the app boots). */
export const recorded: { events: LgxEvent[] } = { events: [] };

/** Questions as the questions feature would describe them (it is built elsewhere). */
export class KnownQuestions extends QuestionDirectory {
  readonly questions = new Map<string, QuestionForNotification>();
  async find(questionId: string) {
    return this.questions.get(questionId) ?? null;
  }
}

export const knownQuestions = new KnownQuestions();

@Global()
@Module({
  providers: [{ provide: QuestionDirectory, useValue: knownQuestions }],
  exports: [QuestionDirectory],
})
class StandInsModule {}

/**
 * The content features, notifications and a stand-in for questions. The job
 * queue is real but runs nothing here (its worker is off), so recorded events
 * wait as jobs and each test hands events to the fan-out itself.
 */
export async function bootNotificationsApp(smtpUrl?: string): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createFeatureApp(
      {
        ...config,
        jobs: { ...(config.jobs ?? JOBS_DEFAULTS), workerEnabled: false },
        mail: { ...config.mail, smtpUrl: smtpUrl ?? config.mail.smtpUrl },
      },
      FEATURES,
    ),
  );
  await seedTestCouncils(harness.dataSource);
  recorded.events = watchEvents(harness.app);
  return harness;
}

/** The features these tests boot (also in a child process, see test/digest-child.ts). */
export const FEATURES: FeatureAppOptions = {
  imports: [
    StandInsModule,
    CaseStudiesModule,
    ComponentsModule,
    SuppliersModule,
    ProcurementModule,
    NotificationsModule,
  ],
  entities: [
    ...CASE_STUDY_ENTITIES,
    ...COMPONENT_ENTITIES,
    ...SUPPLIER_ENTITIES,
    ...PROCUREMENT_ENTITIES,
    ...NOTIFICATION_ENTITIES,
  ],
};

/** Waits for the search index to hold every change made so far. */
export const indexed = (harness: TestApp) => harness.app.get(SearchIndexer).settle();

export async function insertCaseStudy(
  harness: TestApp,
  fields: { title: string; council: string; status?: string; serviceAreas?: string[] },
): Promise<string> {
  const [{ id }] = await harness.dataSource.query(
    `INSERT INTO case_study (title, summary, lead_council_code, stage, status, service_areas, published_at)
     VALUES ($1, 'How it went', $2, 'LIVE', $3, $4, now()) RETURNING id`,
    [fields.title, fields.council, fields.status ?? 'PUBLISHED', fields.serviceAreas ?? []],
  );
  return id;
}

export async function insertExperience(harness: TestApp, supplierId: string, council: string) {
  const [{ id }] = await harness.dataSource.query(
    `INSERT INTO supplier_experience (council_code, supplier_id, product, cpv_code, contract_start, contract_end,
       value_band, route_to_market, rating_delivery, rating_value_for_money, rating_support,
       rating_interoperability, rating_exit_and_data_portability, would_buy_again, is_current,
       attribution, status, published_at)
     VALUES ($2, $1, 'Chatbot platform', '48000000-8', '2021-04-01', '2026-03-31',
       'FROM_100K_TO_500K', 'OPEN_PROCEDURE', 4, 4, 4, 4, 4, true, true, 'NAMED', 'PUBLISHED', now())
     RETURNING id`,
    [supplierId, council],
  );
  return id as string;
}

export async function insertGroup(
  harness: TestApp,
  lead: string,
  visibility: 'OPEN' | 'INVITE_ONLY',
  members: string[],
): Promise<string> {
  const [{ id }] = await harness.dataSource.query(
    `INSERT INTO procurement_group (title, need, cpv_code, lead_council_code, minimum_councils, visibility, stage, is_sample)
     VALUES ('Shared chatbot', 'A chatbot for council tax', '48000000-8', $1, 2, $2, 'FORMING', true) RETURNING id`,
    [lead, visibility],
  );
  for (const council of members)
    await harness.dataSource.query(
      `INSERT INTO procurement_group_member (group_id, council_code, status) VALUES ($1, $2, 'INTERESTED')`,
      [id, council],
    );
  return id;
}
