import './headline-figures.scss';

/**
 * A case study's headline figures as the API gives them: the stated money as
 * text, and the central net present value and payback year of LGX's
 * appraisal method (decision 0057); or why there are none.
 */
export interface HeadlineFiguresData {
  investmentStated: string | null;
  cashableSavingsStated: string | null;
  netPresentValue: { formatted: string } | null;
  paybackYear: number | null;
  /** "Forecast" or "Measured actual"; null when there are no figures to appraise. */
  figuresBasis: string | null;
  notWorkedOut: string | null;
}

const NOT_GIVEN = 'Not given';

/** The API's FiguresBasis for people (the search facet uses the same words). */
export const FIGURES_BASIS_LABELS = { FORECAST: 'Forecast', ACTUAL: 'Measured actual' } as const;

/** A payback year of the method for people: 0 when nothing was invested, null when never. */
export function paybackYearText(year: number | null): string {
  if (year === null) return 'Not paid back within the period';
  if (year === 0) return 'At once (nothing invested)';
  return `By the end of year ${year}`;
}

/**
 * A case study's headline figures: the investment and saving as stated, and
 * the net present value and payback worked out by LGX's appraisal method,
 * marked forecast or measured; or why they were not worked out.
 */
export function HeadlineFigures({ figures }: { figures: HeadlineFiguresData }) {
  const appraised = figures.netPresentValue !== null;
  const basis = figures.figuresBasis ? ` (${figures.figuresBasis.toLowerCase()})` : '';
  const items: [string, string][] = [
    ['Investment', figures.investmentStated ?? NOT_GIVEN],
    ['Cashable saving', figures.cashableSavingsStated ?? NOT_GIVEN],
    [
      `Net present value${basis}`,
      appraised ? figures.netPresentValue!.formatted : (figures.notWorkedOut ?? NOT_GIVEN),
    ],
  ];
  if (appraised) items.push(['Payback', paybackYearText(figures.paybackYear)]);
  return (
    <dl className="lgx-headline-figures">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="lgx-headline-figures__term">{term}</dt>
          <dd className="lgx-headline-figures__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
