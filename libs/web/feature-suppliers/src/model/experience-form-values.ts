import type { SupplierExperienceInput } from '@lgx/web/data-access';

/** Input ids by the API's field names, in the order they appear on the page. */
export const EXPERIENCE_FIELD_IDS: Record<string, string> = {
  supplierId: 'supplierId',
  product: 'product',
  cpvCode: 'cpvCode',
  contractStart: 'contractStart-day',
  contractEnd: 'contractEnd-day',
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

export interface ReadProblem {
  field: string;
  message: string;
}

const pad = (value: string, length: number) => value.trim().padStart(length, '0');

/** Day, month and year boxes as YYYY-MM-DD, or undefined when they do not make a real date. */
export function dateFrom(day: string, month: string, year: string): string | undefined {
  if (
    !/^\d{1,2}$/.test(day.trim()) ||
    !/^\d{1,2}$/.test(month.trim()) ||
    !/^\d{4}$/.test(year.trim())
  )
    return undefined;
  const iso = `${year.trim()}-${pad(month, 2)}-${pad(day, 2)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * Reads the form into the API's input, with the problems the browser can
 * see (missing answers, impossible dates); the API checks everything again.
 */
export function readExperienceForm(form: FormData): {
  input: SupplierExperienceInput;
  problems: ReadProblem[];
} {
  const problems: ReadProblem[] = [];
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const choice = (name: string, message: string) => {
    const value = text(name);
    if (!value) problems.push({ field: name, message });
    return value;
  };
  const date = (name: 'contractStart' | 'contractEnd', label: string) => {
    const [day, month, year] = ['day', 'month', 'year'].map((part) => text(`${name}-${part}`));
    if (!day && !month && !year) {
      problems.push({ field: name, message: `Enter the date the contract ${label}` });
      return '';
    }
    const iso = dateFrom(day!, month!, year!);
    if (!iso)
      problems.push({ field: name, message: `The date the contract ${label} must be a real date` });
    return iso ?? '';
  };
  const rating = (name: string, label: string) => {
    const value = Number(choice(name, `Rate ${label} from 1 to 5`));
    return Number.isInteger(value) ? value : 0;
  };
  const yesNo = (name: string, message: string) => choice(name, message) === 'yes';
  const supplierId = choice('supplierId', 'Choose the supplier');
  const product = text('product');
  if (!product) problems.push({ field: 'product', message: 'Enter the product or service' });
  const cpvCode = choice('cpvCode', 'Choose the category');
  const contractStart = date('contractStart', 'started');
  const contractEnd = date('contractEnd', 'ends or ended');
  const isCurrent = yesNo('isCurrent', 'Say whether the contract is current');
  const valueBand = choice('valueBand', 'Choose the contract value band');
  const routeToMarket = choice('routeToMarket', 'Choose the route to market');
  const input: SupplierExperienceInput = {
    supplierId,
    product,
    cpvCode,
    contractStart,
    contractEnd,
    isCurrent,
    extensionOptions: text('extensionOptions') || null,
    valueBand,
    routeToMarket,
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
  return { input, problems };
}
