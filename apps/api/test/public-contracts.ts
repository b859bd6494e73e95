/** Public contracts for the integration tests: generated OCDS releases, imported as the CLI does. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  CONTRACT_ENTITIES,
  ContractImportService,
  ContractsModule,
  ContractSupplierLinkService,
} from '@lgx/api/feature-contracts';
import { SUPPLIER_ENTITIES, SuppliersModule } from '@lgx/api/feature-suppliers';
import { bootFeatureApp, type TestApp } from '@lgx/api/testing';

/** An awarded supplier of a generated release: its name and, optionally, a Companies House number. */
export interface TestSupplier {
  name: string;
  companiesHouse?: string;
}

export interface TestRelease {
  ocid: string;
  /** Release id; defaults to `${ocid}-1`. */
  id?: string;
  date?: string;
  buyer?: { name: string; councilCode?: string };
  suppliers?: TestSupplier[];
  /** Anything else of the release (tender, awards, contracts...), merged over the defaults. */
  body?: Record<string, unknown>;
}

/** A valid OCDS 1.1 release shaped like Contracts Finder's, with its parties. */
export function generatedRelease(release: TestRelease): Record<string, unknown> {
  const buyer = release.buyer ?? { name: 'Derby City Council', councilCode: 'DER' };
  const suppliers = (release.suppliers ?? []).map((supplier, index) => ({
    id: `supplier-${index}`,
    name: supplier.name,
    roles: ['supplier'],
    ...(supplier.companiesHouse
      ? { identifier: { scheme: 'GB-COH', id: supplier.companiesHouse } }
      : {}),
  }));
  return {
    ocid: release.ocid,
    id: release.id ?? `${release.ocid}-1`,
    date: release.date ?? '2025-01-15T10:00:00Z',
    tag: ['award'],
    initiationType: 'tender',
    buyer: { id: 'buyer', name: buyer.name },
    parties: [
      {
        id: 'buyer',
        name: buyer.name,
        roles: ['buyer'],
        ...(buyer.councilCode ? { identifier: { scheme: 'GB-LAE', id: buyer.councilCode } } : {}),
      },
      ...suppliers,
    ],
    tender: { id: 'tender', title: `Contract ${release.ocid}` },
    awards:
      suppliers.length > 0
        ? [
            {
              id: 'award',
              status: 'active',
              suppliers: suppliers.map(({ id, name }) => ({ id, name })),
            },
          ]
        : [],
    ...release.body,
  };
}

export interface ContractsTestApp extends TestApp {
  /** Imports the releases as one JSON Lines file (as the CLI does), then links their suppliers. */
  importReleases: (releases: TestRelease[]) => Promise<void>;
  close: () => Promise<void>;
}

/** The contracts and suppliers features on one app, as the API runs them. */
export async function bootContractsApp(): Promise<ContractsTestApp> {
  const harness = await bootFeatureApp({
    imports: [SuppliersModule, ContractsModule],
    entities: [...SUPPLIER_ENTITIES, ...CONTRACT_ENTITIES],
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'lgx-contract-display-'));
  let files = 0;
  return {
    ...harness,
    importReleases: async (releases) => {
      const file = path.join(dir, `releases-${++files}.jsonl`);
      await writeFile(file, releases.map((r) => JSON.stringify(generatedRelease(r))).join('\n'));
      const report = await harness.app.get(ContractImportService).importFile(file);
      if (report.refusedCount > 0 || report.fileError)
        throw new Error(`Fixture refused: ${JSON.stringify(report.refused)} ${report.fileError}`);
      await harness.app.get(ContractSupplierLinkService).linkSuppliers();
    },
    close: async () => {
      await harness.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An ISO instant `days` from now (negative: in the past). */
export const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
