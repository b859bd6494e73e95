import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: the register corrections of issue 13 (see
 * libs/api/feature-councils/src/data/README.md) for databases imported from the
 * uncorrected file. Each row changes only if it still holds the old value; the
 * council's search document and those that carry its region are queued by the
 * triggers on "council".
 */
const CORRECTIONS: [
  code: string,
  column: 'region' | 'county_code',
  from: string | null,
  to: string,
][] = [
  ['DBY', 'region', 'West Midlands', 'East Midlands'],
  ['LIN', 'region', 'Yorkshire and The Humber', 'East Midlands'],
  ['FOR', 'county_code', 'SRY', 'SFK'],
  ['BKM', 'region', null, 'South East'],
  ['CHC', 'region', null, 'South West'],
  ['EDO', 'region', null, 'South West'],
  ['NDO', 'region', null, 'South West'],
  ['PUR', 'region', null, 'South West'],
  ['WDO', 'region', null, 'South West'],
  ['TAU', 'region', null, 'South West'],
  ['WSO', 'region', null, 'South West'],
  ['BMH', 'region', null, 'South West'],
  ['POL', 'region', null, 'South West'],
  ['KET', 'region', null, 'East Midlands'],
  ['FOR', 'region', null, 'East of England'],
  ['SED', 'region', null, 'East of England'],
  ['SUF', 'region', null, 'East of England'],
  ['WAV', 'region', null, 'East of England'],
];

export class CorrectCouncilRegister1795320200001 implements MigrationInterface {
  name = 'CorrectCouncilRegister1795320200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, column, from, to] of CORRECTIONS) {
      await queryRunner.query(
        `UPDATE council SET ${column} = $2, updated_at = now()
          WHERE code = $1 AND ${column} IS NOT DISTINCT FROM $3::text`,
        [code, to, from],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [code, column, from, to] of [...CORRECTIONS].reverse()) {
      await queryRunner.query(
        `UPDATE council SET ${column} = $3::text, updated_at = now()
          WHERE code = $1 AND ${column} = $2`,
        [code, to, from],
      );
    }
  }
}
