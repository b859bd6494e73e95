import './headline-figures.scss';

import {
  type CaseStudyFigures,
  caseStudyFigures,
  moneyFigureText,
  paybackFigureText,
} from '@lgx/shared/domain';

/** Money as the API gives it: whole pence, as a string. */
type Money = { pence: string } | null | undefined;

/** The figures a council stated for a case study, as the API gives them. */
export interface StatedFigures {
  investment?: Money;
  runningCostPerYear?: Money;
  cashableSavingsPerYear?: Money;
}

const pence = (money: Money): number | null => (money ? Number(money.pence) : null);

/** The stated figures in whole pence, for caseStudyFigures. */
export function statedFigures(figures: StatedFigures): CaseStudyFigures {
  return {
    investmentPence: pence(figures.investment),
    runningCostPencePerYear: pence(figures.runningCostPerYear),
    cashableSavingsPencePerYear: pence(figures.cashableSavingsPerYear),
  };
}

/**
 * A case study's headline figures: the investment, the yearly saving and the
 * payback period LGX works out from them, each with its value or why it is missing.
 */
export function HeadlineFigures({ figures }: { figures: StatedFigures }) {
  const worked = caseStudyFigures(statedFigures(figures));
  const items = [
    ['Investment', moneyFigureText(worked.investment)],
    ['Yearly saving', moneyFigureText(worked.cashableSavingsPerYear)],
    ['Payback (worked out by LGX)', paybackFigureText(worked.paybackMonths)],
  ];
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
