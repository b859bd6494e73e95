/**
 * Companies House company numbers: eight digits (England and Wales), or a
 * two-letter prefix and six digits (SC Scotland, NI Northern Ireland, OC/SO/NC
 * limited liability partnerships, R0 older Northern Ireland companies...).
 */
const COMPANY_NUMBER = /^(?:\d{8}|(?:SC|NI|OC|SO|NC|R0|FC|SF|NF|LP|SL|NL|GE|IP|SP|RC|SR|NR)\d{6})$/;

/** Upper case, without spaces: " sc 123456" becomes "SC123456". */
export function normaliseCompanyNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Why a company number is not acceptable, in words for a form, or undefined when it is. */
export function companyNumberProblem(value: string): string | undefined {
  return COMPANY_NUMBER.test(normaliseCompanyNumber(value))
    ? undefined
    : 'Enter a Companies House number: 8 characters, like 01234567 or SC123456';
}
