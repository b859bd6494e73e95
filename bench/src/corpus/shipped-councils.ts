import { readFileSync } from 'node:fs';

import { COUNCIL_REGISTER_FILE, parseCouncilRegister } from '@lgx/api/feature-councils';

import type { BenchCouncil } from './bench-councils';

/** The council register the API ships, read without starting any service. */
export function shippedCouncils(): BenchCouncil[] {
  return parseCouncilRegister(readFileSync(COUNCIL_REGISTER_FILE, 'utf8')).map((record) => ({
    ...record,
    name: record.niceName,
  }));
}
