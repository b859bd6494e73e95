import { type Appraisal, appraise, formatRatio } from '@lgx/shared/domain';

/**
 * Derby's words ("between £1.5m and £2m" invested, "up to £12m" saved over
 * three to four years) appraised by the same code that appraises every case
 * study, for the method's page.
 */
export function derbyExample(): Appraisal {
  const result = appraise({
    investment: { kind: 'between', lowPence: 150_000_000n, highPence: 200_000_000n },
    cashableSavings: { per: 'period', amount: { kind: 'up-to', pence: 1_200_000_000n } },
    period: { kind: 'between', fromYears: 3, toYears: 4 },
    projectType: 'equipment-development',
  });
  if (!result.appraisal) throw new Error('The worked example must be appraisable.');
  return result.appraisal;
}

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
});

/** Exact pence, rounded for reading only. */
export const moneyText = (pence: bigint): string => pounds.format(Number(pence) / 100);

/** A benefit-cost ratio to two decimals, or why there is none. */
export const ratioText = (value: Parameters<typeof formatRatio>[0] | null): string =>
  value === null ? 'none: nothing spent' : formatRatio(value, 2);
