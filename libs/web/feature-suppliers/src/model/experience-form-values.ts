import type { SupplierExperienceInput } from '@lgx/web/data-access';
import { type DatePart, datePartsFromForm, type FormProblem, readDateParts } from '@lgx/web/ui';

import { experienceProblems } from './experience-rules';

/** Input ids by the API's field names, in the order they appear on the page. */
export const EXPERIENCE_FIELD_IDS: Record<string, string> = {
  supplierId: 'supplierId',
  product: 'product',
  cpvCode: 'cpvCode',
  contractStart: 'contractStart',
  contractEnd: 'contractEnd',
  isCurrent: 'isCurrent',
  extensionOptions: 'extensionOptions',
  valueBand: 'valueBand',
  routeToMarket: 'routeToMarket',
  frameworkName: 'frameworkName',
  frameworkLot: 'frameworkLot',
  ratingDelivery: 'ratingDelivery',
  ratingValueForMoney: 'ratingValueForMoney',
  ratingSupport: 'ratingSupport',
  ratingInteroperability: 'ratingInteroperability',
  ratingExitAndDataPortability: 'ratingExitAndDataPortability',
  wouldBuyAgain: 'wouldBuyAgain',
  whatWorked: 'whatWorked',
  whatDidNotWork: 'whatDidNotWork',
  advice: 'advice',
  attribution: 'attribution',
};

/** What the form found wrong, by the API's field names. */
export type ReadProblem = FormProblem;

/** An experience read from the form, with every problem the form can find. */
export interface ReadExperience {
  input: SupplierExperienceInput;
  problems: ReadProblem[];
  /** For a contract date with a problem, the boxes to mark, by input id. */
  dateParts: Record<string, DatePart[]>;
}

/** The input ids of the date inputs, by the API's field names. */
export const EXPERIENCE_DATE_IDS = { contractStart: 'contractStart', contractEnd: 'contractEnd' };

const DATE_LABELS = {
  contractStart: 'The contract start date',
  contractEnd: 'The contract end date',
} as const;

/** Reads the date input of a contract date: YYYY-MM-DD, or '' with its problem. */
function readContractDate(
  form: FormData,
  field: keyof typeof DATE_LABELS,
  found: Pick<ReadExperience, 'problems' | 'dateParts'>,
): string {
  const id = EXPERIENCE_DATE_IDS[field];
  const reading = readDateParts(datePartsFromForm(form, id), DATE_LABELS[field]);
  if (reading.ok && reading.value) return reading.value;
  found.problems.push({
    field,
    message: reading.ok ? `Enter the ${DATE_LABELS[field].slice(4)}` : reading.message,
  });
  if (!reading.ok) found.dateParts[id] = reading.parts;
  return '';
}

/**
 * Reads the form into the API's input, with every problem the browser can
 * see: missing answers, unreadable dates, a category typed but not chosen
 * (`typedCategory` is the text in its box), and the API's own rules that need
 * no database. The API checks everything again.
 */
export function readExperienceForm(form: FormData, typedCategory = ''): ReadExperience {
  const found: Pick<ReadExperience, 'problems' | 'dateParts'> = { problems: [], dateParts: {} };
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const choice = (name: string, message: string) => {
    const value = text(name);
    if (!value) found.problems.push({ field: name, message });
    return value;
  };
  const rating = (name: string, label: string) => {
    const value = Number(choice(name, `Rate ${label} from 1 to 5`));
    return Number.isInteger(value) ? value : 0;
  };
  const yesNo = (name: string, message: string) => choice(name, message) === 'yes';
  const supplierId = choice('supplierId', 'Choose the supplier');
  const cpvCode = choice(
    'cpvCode',
    typedCategory ? 'Choose the category from the list' : 'Choose the category',
  );
  const input: SupplierExperienceInput = {
    supplierId,
    product: text('product'),
    cpvCode,
    contractStart: readContractDate(form, 'contractStart', found),
    contractEnd: readContractDate(form, 'contractEnd', found),
    isCurrent: yesNo('isCurrent', 'Say whether the contract is current'),
    extensionOptions: text('extensionOptions') || null,
    valueBand: choice('valueBand', 'Choose the contract value band'),
    routeToMarket: choice('routeToMarket', 'Choose the route to market'),
    frameworkName: text('frameworkName') || null,
    frameworkLot: text('frameworkLot') || null,
    ratingDelivery: rating('ratingDelivery', 'delivery'),
    ratingValueForMoney: rating('ratingValueForMoney', 'value for money'),
    ratingSupport: rating('ratingSupport', 'support'),
    ratingInteroperability: rating('ratingInteroperability', 'interoperability and open standards'),
    ratingExitAndDataPortability: rating(
      'ratingExitAndDataPortability',
      'exit and data portability',
    ),
    wouldBuyAgain: yesNo('wouldBuyAgain', 'Say whether you would buy it again'),
    whatWorked: text('whatWorked') || null,
    whatDidNotWork: text('whatDidNotWork') || null,
    advice: text('advice') || null,
    attribution: (choice(
      'attribution',
      'Choose whether to name your council or show only its type and region',
    ) || 'NAMED') as SupplierExperienceInput['attribution'],
  };
  return {
    input,
    problems: [...found.problems, ...experienceProblems(input)],
    dateParts: found.dateParts,
  };
}
