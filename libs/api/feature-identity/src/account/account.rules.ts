import type { FieldProblem } from '../identity.errors';
import { passwordProblem } from './password.rules';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An email domain such as derby.gov.uk (lower case, no "www" or "@"). */
export function isEmailDomain(domain: string): boolean {
  return DOMAIN.test(domain);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailDomain(email: string): string {
  return normaliseEmail(email).split('@')[1] ?? '';
}

export function checkEmail(email: string, problems: FieldProblem[], field = 'email'): void {
  const value = email.trim();
  if (!value) problems.push({ field, message: 'Enter your email address' });
  else if (value.length > 254 || !EMAIL.test(value)) {
    problems.push({
      field,
      message: 'Enter an email address in the correct format, like name@council.gov.uk',
    });
  }
}

export function checkText(
  value: string,
  field: string,
  label: string,
  problems: FieldProblem[],
  max = 100,
): void {
  const trimmed = value.trim();
  if (!trimmed) problems.push({ field, message: `Enter your ${label}` });
  else if (trimmed.length > max)
    problems.push({ field, message: `${capitalise(label)} must be ${max} characters or fewer` });
}

export function checkPassword(
  password: string,
  email: string | undefined,
  problems: FieldProblem[],
  field = 'password',
): void {
  const problem = passwordProblem(password, email);
  if (problem) problems.push({ field, message: problem });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
