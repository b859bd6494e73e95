import {
  CONTRACT_VALUE_BANDS,
  cpvProblem,
  findCpv,
  isCalendarDate,
  isFrameworkRoute,
  isOneOf,
  isWholeNumberBetween,
  ROUTES_TO_MARKET,
  textProblem,
} from '@lgx/shared/domain';

import type { FieldProblem } from '../supplier/supplier.rules';

/** A supplier experience as an officer writes it. */
export interface ExperienceFields {
  supplierId: string;
  product: string;
  cpvCode: string;
  contractStart: string;
  contractEnd: string;
  extensionOptions?: string | null;
  valueBand: string;
  routeToMarket: string;
  frameworkName?: string | null;
  frameworkLot?: string | null;
  ratingDelivery: number;
  ratingValueForMoney: number;
  ratingSupport: number;
  ratingInteroperability: number;
  ratingExitAndDataPortability: number;
  wouldBuyAgain: boolean;
  whatWorked?: string | null;
  whatDidNotWork?: string | null;
  advice?: string | null;
  isCurrent: boolean;
  attribution: string;
}

export const EXPERIENCE_LIMITS = { product: 150, short: 500, text: 5_000, framework: 150 };
const RATINGS = [
  ['ratingDelivery', 'delivery'],
  ['ratingValueForMoney', 'value for money'],
  ['ratingSupport', 'support'],
  ['ratingInteroperability', 'interoperability and open standards'],
  ['ratingExitAndDataPortability', 'exit and data portability'],
] as const;

/** Every problem by field (the supplier is checked against the directory elsewhere). */
export function checkExperience(input: ExperienceFields) {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const text = (field: keyof ExperienceFields, label: string, max: number, required = false) => {
    const value = String(input[field] ?? '').trim();
    const wrong = textProblem(value, label, max, required);
    if (wrong) problem(field, wrong);
    return value;
  };
  const product = text('product', 'the product or service', EXPERIENCE_LIMITS.product, true);
  const cpv = cpvProblem(input.cpvCode ?? '');
  if (cpv) problem('cpvCode', cpv);
  checkContractDates(input, problem);
  const extensionOptions = text(
    'extensionOptions',
    'the extension options',
    EXPERIENCE_LIMITS.short,
  );
  if (!isOneOf(CONTRACT_VALUE_BANDS, input.valueBand))
    problem('valueBand', 'Choose the contract value band');
  if (!isOneOf(ROUTES_TO_MARKET, input.routeToMarket))
    problem('routeToMarket', 'Choose the route to market');
  const framework = isFrameworkRoute(input.routeToMarket);
  const frameworkName = text(
    'frameworkName',
    'the framework name',
    EXPERIENCE_LIMITS.framework,
    framework,
  );
  const frameworkLot = text('frameworkLot', 'the lot', EXPERIENCE_LIMITS.framework);
  for (const [field, label] of RATINGS) {
    const value = input[field];
    if (!isWholeNumberBetween(value, 1, 5)) problem(field, `Rate ${label} from 1 to 5`);
  }
  if (typeof input.wouldBuyAgain !== 'boolean')
    problem('wouldBuyAgain', 'Say whether you would buy it again');
  if (typeof input.isCurrent !== 'boolean')
    problem('isCurrent', 'Say whether the contract is current');
  const whatWorked = text('whatWorked', 'what worked', EXPERIENCE_LIMITS.text);
  const whatDidNotWork = text('whatDidNotWork', 'what did not work', EXPERIENCE_LIMITS.text);
  const advice = text('advice', 'your advice', EXPERIENCE_LIMITS.text);
  if (!whatWorked && !whatDidNotWork && !advice)
    problem('whatWorked', 'Tell other councils what worked, what did not or your advice');
  if (input.attribution !== 'NAMED' && input.attribution !== 'ANONYMISED')
    problem('attribution', 'Choose whether to name your council or show only its type and region');
  return {
    problems,
    values: {
      product,
      cpvCode: findCpv(input.cpvCode ?? '')?.code ?? input.cpvCode,
      contractStart: input.contractStart,
      contractEnd: input.contractEnd,
      extensionOptions,
      valueBand: input.valueBand,
      routeToMarket: input.routeToMarket,
      frameworkName: framework ? frameworkName : null,
      frameworkLot: framework ? frameworkLot || null : null,
      ratingDelivery: input.ratingDelivery,
      ratingValueForMoney: input.ratingValueForMoney,
      ratingSupport: input.ratingSupport,
      ratingInteroperability: input.ratingInteroperability,
      ratingExitAndDataPortability: input.ratingExitAndDataPortability,
      wouldBuyAgain: input.wouldBuyAgain,
      whatWorked,
      whatDidNotWork,
      advice,
      isCurrent: input.isCurrent,
      attribution: input.attribution as 'NAMED' | 'ANONYMISED',
    },
  };
}

/** Both contract dates are real dates, the end after the start. */
function checkContractDates(
  input: ExperienceFields,
  problem: (field: string, message: string) => void,
): void {
  for (const field of ['contractStart', 'contractEnd'] as const) {
    const label = `contract ${field === 'contractStart' ? 'start' : 'end'} date`;
    if (!input[field]) problem(field, `Enter the ${label}`);
    else if (!isCalendarDate(input[field]))
      problem(field, `Enter the ${label} as a real date, like 2024-04-01`);
  }
  if (
    isCalendarDate(input.contractStart) &&
    isCalendarDate(input.contractEnd) &&
    input.contractEnd < input.contractStart
  )
    problem('contractEnd', 'The contract end date must be after the start date');
}
