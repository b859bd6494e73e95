import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { JOBS_DEFAULTS } from '@lgx/api/core/config';
import type { LgxEvent } from '@lgx/api/core/contracts';
import {
  CONTRACT_ENTITIES,
  ContractImportService,
  ContractsModule,
} from '@lgx/api/feature-contracts';
import { NotificationEventsConsumer } from '@lgx/api/feature-notifications';
import { bootTestApp, createFeatureApp, seedTestCouncils, type TestApp } from '@lgx/api/testing';

import { FEATURES, indexed } from './notifications-test-app';

/**
 * Public contracts beside the content features and notifications. The job
 * queue's worker is off: recorded events wait as jobs, and `deliver` hands
 * each waiting `lgx-event` job to notifications with its own id, as the
 * worker would, then removes it.
 */
export async function bootContractNotificationsApp() {
  const harness: TestApp = await bootTestApp((config) =>
    createFeatureApp(
      { ...config, jobs: { ...(config.jobs ?? JOBS_DEFAULTS), workerEnabled: false } },
      {
        imports: [...FEATURES.imports, ContractsModule],
        entities: [...FEATURES.entities, ...CONTRACT_ENTITIES],
      },
    ),
  );
  await seedTestCouncils(harness.dataSource);
  // The indexes are built before anyone searches (a saved search is run once when saved).
  await indexed(harness);
  const dir = await mkdtemp(path.join(tmpdir(), 'lgx-contract-events-'));
  let files = 0;

  /** The lgx-event jobs waiting, oldest first. */
  const waiting = async () =>
    (await harness.dataSource.query(
      `SELECT job.id::text AS id, job.payload FROM graphile_worker._private_jobs job
         JOIN graphile_worker._private_tasks task ON task.id = job.task_id
        WHERE task.identifier = 'lgx-event' ORDER BY job.id`,
    )) as { id: string; payload: LgxEvent }[];

  return {
    harness,
    waiting,
    /** Imports these releases as a file, as `npm run import:contracts` does. */
    importReleases: async (releases: object[]) => {
      const file = path.join(dir, `releases-${++files}.jsonl`);
      await writeFile(file, releases.map((release) => JSON.stringify(release)).join('\n'));
      return harness.app.get(ContractImportService).importFile(file);
    },
    /** Delivers every waiting event once search holds what they name; returns them. */
    deliver: async () => {
      await indexed(harness);
      const jobs = await waiting();
      const consumer = harness.app.get(NotificationEventsConsumer);
      for (const job of jobs) await consumer.handle(job.payload, job.id);
      if (jobs.length > 0)
        await harness.dataSource.query(`SELECT graphile_worker.complete_jobs($1::bigint[])`, [
          jobs.map((job) => job.id),
        ]);
      return jobs.map((job) => job.payload);
    },
    close: async () => {
      await harness.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal valid award release bought by a council of the register (by its GB-LAE code). */
export function councilContract(
  ocid: string,
  fields: {
    council: string;
    title: string;
    id?: string;
    date?: string;
    suppliers?: { name: string; companiesHouseNumber?: string }[];
    cpv?: string;
    endDate?: string;
  },
) {
  const buyer = { id: 'B1', name: `${fields.council} council` };
  return {
    ocid,
    id: fields.id ?? `${ocid}-1`,
    date: fields.date ?? '2026-01-01T00:00:00Z',
    tag: ['award'],
    initiationType: 'tender',
    parties: [
      { ...buyer, roles: ['buyer'], identifier: { scheme: 'GB-LAE', id: fields.council } },
      ...(fields.suppliers ?? []).map((supplier, n) => ({
        id: `S${n}`,
        name: supplier.name,
        roles: ['supplier'],
        ...(supplier.companiesHouseNumber
          ? { identifier: { scheme: 'GB-COH', id: supplier.companiesHouseNumber } }
          : {}),
      })),
    ],
    buyer,
    tender: {
      id: `${ocid}-t`,
      title: fields.title,
      ...(fields.cpv ? { classification: { scheme: 'CPV', id: fields.cpv } } : {}),
    },
    awards: [
      {
        id: 'A1',
        status: 'active',
        suppliers: (fields.suppliers ?? []).map((supplier, n) => ({
          id: `S${n}`,
          name: supplier.name,
        })),
        ...(fields.endDate
          ? { contractPeriod: { startDate: '2023-01-01T00:00:00Z', endDate: fields.endDate } }
          : {}),
      },
    ],
  };
}
