import {
  companyNumberProblem,
  cpvProblem,
  findCpv,
  normaliseCompanyNumber,
} from '@lgx/shared/domain';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A supplier as an officer or moderator types it. */
export interface SupplierFields {
  name: string;
  companyNumber?: string | null;
  website?: string | null;
  productsAndServices?: string | null;
  cpvCodes?: string[] | null;
}

export const SUPPLIER_LIMITS = { name: 150, productsAndServices: 2_000, cpvCodes: 20 };

/** Every problem by field, and the values to store when there are none. */
export function checkSupplier(input: SupplierFields) {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const name = (input.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) problem('name', 'Enter the supplier’s name');
  else if (name.length > SUPPLIER_LIMITS.name)
    problem('name', `The name must be ${SUPPLIER_LIMITS.name} characters or fewer`);
  const companyNumber = input.companyNumber?.trim()
    ? normaliseCompanyNumber(input.companyNumber)
    : null;
  if (companyNumber) {
    const why = companyNumberProblem(companyNumber);
    if (why) problem('companyNumber', why);
  }
  const website = input.website?.trim() || null;
  if (website) {
    try {
      if (!['http:', 'https:'].includes(new URL(website).protocol)) throw new Error('protocol');
    } catch {
      problem('website', 'Enter a web address starting with https://');
    }
  }
  const productsAndServices = (input.productsAndServices ?? '').trim();
  if (productsAndServices.length > SUPPLIER_LIMITS.productsAndServices)
    problem(
      'productsAndServices',
      `Products and services must be ${SUPPLIER_LIMITS.productsAndServices.toLocaleString('en-GB')} characters or fewer`,
    );
  const codes = [...new Set((input.cpvCodes ?? []).map((code) => code.trim()))];
  const badCode = codes.map((code) => cpvProblem(code)).find(Boolean);
  if (badCode) problem('cpvCodes', badCode);
  else if (codes.length > SUPPLIER_LIMITS.cpvCodes)
    problem('cpvCodes', `Choose at most ${SUPPLIER_LIMITS.cpvCodes} categories`);
  return {
    problems,
    values: {
      name,
      companyNumber,
      website,
      productsAndServices,
      cpvCodes: [...new Set(codes.map((code) => findCpv(code)?.code ?? code))],
    },
  };
}
