import {
  type ContractImportReport,
  ContractImportService,
  CONTRACTS_SAMPLE_FILE,
} from '@lgx/api/feature-contracts';
import type { INestApplication } from '@nestjs/common';

/**
 * The shared Contracts Finder sample (104 real releases), imported by the
 * contracts import itself, as `npm run import:contracts` would: a second
 * start finds every release already imported and changes nothing.
 */
export function loadSampleContracts(app: INestApplication): Promise<ContractImportReport> {
  return app.get(ContractImportService).importFile(CONTRACTS_SAMPLE_FILE);
}
