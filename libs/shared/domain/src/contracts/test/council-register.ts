import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { type CouncilRegisterEntry, councilRegisterEntry } from '../council-name-index';

/** The real council register, read from the CSV the councils feature imports. */
export function loadCouncilRegister(): CouncilRegisterEntry[] {
  const file = join(
    __dirname,
    '../../../../../api/feature-councils/src/data/uk_local_authorities.csv',
  );
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    trim: true,
    skip_empty_lines: true,
  });
  return rows.map((row) =>
    councilRegisterEntry({
      code: row['local-authority-code'] ?? '',
      gssCode: row['gss-code'] || null,
      officialName: row['official-name'] ?? '',
      niceName: row['nice-name'] ?? '',
      altNames: row['alt-names'] || null,
      isCurrent: row['current-authority'] === 'True',
      typeCode: row['local-authority-type'] ?? '',
      replacedBy: (row['replaced-by'] ?? '').split(',').filter(Boolean),
    }),
  );
}
