/**
 * What the appraisal method needs a case study to state (decision 0055): each
 * as the record's field and as its column. With any of them missing there is
 * no net present value or payback, so nothing to compare on LGX's one basis.
 */
export const APPRAISAL_NEEDS = [
  { field: 'investmentPence', column: 'investment_pence', label: 'the investment' },
  {
    field: 'cashableSavingsPencePerYear',
    column: 'cashable_savings_pence_per_year',
    label: 'the cashable saving',
  },
  {
    field: 'savingsPeriodYears',
    column: 'savings_period_years',
    label: 'how many years the savings last',
  },
] as const;

/** The fields the definition of measured figures reads. */
export type MeasuredFiguresFields = {
  readonly figuresBasis: string;
} & { readonly [Need in (typeof APPRAISAL_NEEDS)[number]['field']]: unknown };

/**
 * The one definition of "measured figures" (decision 0075), for search, the
 * sector map, its cells and the business case: the council flagged its
 * figures as measured actuals (ACTUAL) AND stated everything the appraisal
 * method needs, so there is money to compare on the one basis.
 */
export function hasMeasuredFigures(study: MeasuredFiguresFields): boolean {
  return (
    study.figuresBasis === 'ACTUAL' &&
    APPRAISAL_NEEDS.every(({ field }) => study[field] !== null && study[field] !== undefined)
  );
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * The same definition as an SQL condition on the `case_study` row named `alias`
 * (e.g. `measuredFiguresSql('s')`), for queries that count or filter in the database.
 */
export function measuredFiguresSql(alias: string): string {
  if (!SQL_ALIAS.test(alias)) throw new Error(`Not an SQL table alias: ${alias}`);
  const stated = APPRAISAL_NEEDS.map(({ column }) => `${alias}.${column} IS NOT NULL`);
  return `(${alias}.figures_basis = 'ACTUAL' AND ${stated.join(' AND ')})`;
}
