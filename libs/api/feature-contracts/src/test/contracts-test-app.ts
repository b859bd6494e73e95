import { bootFeatureApp, type TestApp } from '@lgx/api/testing';

import { CONTRACT_ENTITIES, ContractsModule } from '../contracts.module';

/** The contracts feature on its own app, with the harness's councils and a former one. */
export async function bootContractsApp(): Promise<TestApp> {
  const harness = await bootFeatureApp({ imports: [ContractsModule], entities: CONTRACT_ENTITIES });
  await harness.dataSource.query(
    `INSERT INTO council (code, official_name, nice_name, type_code, nation, is_current, replaced_by)
     VALUES ('FHE', 'Forest Heath District Council', 'Forest Heath', 'NMD', 'England', false, '{WSK}')
     ON CONFLICT (code) DO NOTHING`,
  );
  return harness;
}

/** A minimal valid OCDS release whose buyer has this name (and, if given, identifier). */
export function buyerRelease(
  ocid: string,
  name: string,
  options: { identifier?: { scheme: string; id: string }; title?: string; date?: string } = {},
) {
  return {
    ocid,
    id: `${ocid}-1`,
    date: options.date ?? '2025-01-01T00:00:00Z',
    tag: ['tender'],
    initiationType: 'tender',
    buyer: { id: 'B', name },
    parties: [
      {
        id: 'B',
        name,
        roles: ['buyer'],
        ...(options.identifier ? { identifier: options.identifier } : {}),
      },
    ],
    tender: { id: `${ocid}-t`, title: options.title ?? `Contract ${ocid}` },
  };
}
