import { formatPence } from './figures';
import { type Figure, FIGURE_MISSING_REASONS, type WorkedFigures } from './headline-figures';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A number of months for people: "6 months", "1 year", "2 years and 3 months". */
export function formatMonths(months: number): string {
  if (months < 12) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0
    ? plural(years, 'year')
    : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** A money figure for people: "£15,000", or why it is missing. */
export function moneyFigureText(figure: Figure): string {
  return figure.missing === null
    ? formatPence(figure.value)
    : FIGURE_MISSING_REASONS[figure.missing];
}

/** A payback period for people: "1 year and 6 months", "Straight away…", or why it is missing. */
export function paybackFigureText(figure: Figure): string {
  if (figure.missing !== null) return FIGURE_MISSING_REASONS[figure.missing];
  return figure.value === 0 ? 'Straight away: there was no investment' : formatMonths(figure.value);
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const STATED = {
  investment: 'the investment',
  runningCostPerYear: 'the running cost',
  cashableSavingsPerYear: 'the cashable savings',
} as const;
const WORKED = {
  paybackMonths: {
    name: 'the payback period',
    how: 'the investment divided by the yearly savings less running costs, rounded up to a whole month',
  },
  threeYearNetBenefit: {
    name: 'the three-year net benefit',
    how: 'three years of savings, less the investment and three years of running costs',
  },
} as const;

function statedSentence(figures: WorkedFigures): string {
  const keys = Object.keys(STATED) as (keyof typeof STATED)[];
  const given = keys.filter((key) => figures[key].missing === null).map((key) => STATED[key]);
  const absent = keys.filter((key) => figures[key].missing !== null).map((key) => STATED[key]);
  if (given.length === 0)
    return 'The council did not give the investment, the running cost or the cashable savings.';
  return absent.length === 0
    ? `The council gave ${list(given)}.`
    : `The council gave ${list(given)}; it did not give ${list(absent)}.`;
}

function workedSentences(figures: WorkedFigures): string[] {
  const keys = Object.keys(WORKED) as (keyof typeof WORKED)[];
  const worked = keys.filter((key) => figures[key].missing === null);
  const notWorked = keys.filter((key) => figures[key].missing !== null);
  const sentences: string[] = [];
  if (worked.length > 0) {
    const counted = figures.runningCostCountedAsNone
      ? ', counting the running cost as nothing'
      : '';
    const what = list(worked.map((key) => `${WORKED[key].name} (${WORKED[key].how})`));
    const typed = worked.length === 1 ? 'it is not typed in' : 'they are not typed in';
    sentences.push(`LGX worked out ${what}${counted}; ${typed}.`);
  }
  const first = notWorked[0];
  if (first !== undefined) {
    const reason = FIGURE_MISSING_REASONS[figures[first].missing!].replace('Not worked out: ', '');
    const what = list(notWorked.map((key) => WORKED[key].name));
    sentences.push(`LGX could not work out ${what}: ${reason}.`);
  }
  return sentences;
}

/**
 * The note under a case study's numbers: which figures the council gave,
 * which LGX worked out (and how), and which are missing and why.
 */
export function figuresNote(figures: WorkedFigures): string {
  return [statedSentence(figures), ...workedSentences(figures)].join(' ');
}
