import { type AppraisedFields, formatPence } from '@lgx/shared/domain';

/** An amount as the council stated it: "£150,000", "£1,500,000 to £2,000,000", "up to £12,000,000". */
export function statedAmountText(
  pence: number | null,
  highPence: number | null,
  upTo: boolean,
): string | null {
  if (pence === null) return null;
  if (upTo) return `up to ${formatPence(pence)}`;
  if (highPence !== null && highPence !== pence)
    return `${formatPence(pence)} to ${formatPence(highPence)}`;
  return formatPence(pence);
}

/** A period as stated: "3 years", "3 to 4 years"; null when none was given. */
export function statedPeriodText(from: number | null, to: number | null): string | null {
  if (from === null) return null;
  if (to !== null && to !== from) return `${from} to ${to} years`;
  return from === 1 ? '1 year' : `${from} years`;
}

/**
 * The stated money for people, as a result shows it: the investment, and the
 * cashable saving a year or over its period ("up to £12,000,000 over 3 to 4 years").
 */
export function statedFiguresText(study: AppraisedFields): {
  investment: string | null;
  cashableSavings: string | null;
} {
  const saving = statedAmountText(
    study.cashableSavingsPencePerYear,
    study.cashableSavingsHighPence,
    study.cashableSavingsUpTo,
  );
  const period = statedPeriodText(study.savingsPeriodYears, study.savingsPeriodYearsTo);
  const over =
    study.cashableSavingsOver === 'PERIOD'
      ? ` over ${period ?? 'the period'}`
      : ` a year${period ? ` for ${period}` : ''}`;
  return {
    investment: statedAmountText(
      study.investmentPence,
      study.investmentHighPence,
      study.investmentUpTo,
    ),
    cashableSavings: saving === null ? null : saving + over,
  };
}
