import SPDX_EXCEPTION_IDS from 'spdx-exceptions/index.json';
import SPDX_DEPRECATED_IDS from 'spdx-license-ids/deprecated.json';
import SPDX_LICENCE_IDS from 'spdx-license-ids/index.json';

/** The current SPDX licence list identifiers (from the `spdx-license-ids` package). */
export const SPDX_LICENCES: readonly string[] = SPDX_LICENCE_IDS;

const byLowerCase = (ids: readonly string[]) => new Map(ids.map((id) => [id.toLowerCase(), id]));
const CURRENT = byLowerCase(SPDX_LICENCE_IDS);
const DEPRECATED = byLowerCase(SPDX_DEPRECATED_IDS);
const EXCEPTIONS = byLowerCase(SPDX_EXCEPTION_IDS);

/** Licences most council components use, offered first in forms. */
export const COMMON_LICENCES = [
  'MIT',
  'Apache-2.0',
  'GPL-3.0-or-later',
  'GPL-2.0-or-later',
  'AGPL-3.0-or-later',
  'LGPL-3.0-or-later',
  'EUPL-1.2',
  'MPL-2.0',
  'BSD-3-Clause',
  'OGL-UK-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
] as const;

export interface SpdxCheck {
  /** The expression with every identifier in its official spelling, when valid. */
  normalised?: string;
  /** Why it is not a valid SPDX expression (empty when valid). */
  problems: string[];
  /** Valid but discouraged, e.g. a deprecated identifier. */
  warnings: string[];
}

const REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/** Is this one current SPDX licence identifier (exact or differing in case only)? */
export function spdxLicenceId(value: string): string | undefined {
  return CURRENT.get(value.trim().toLowerCase());
}

/**
 * Checks an SPDX licence expression (SPDX 2.3 annex D): identifiers from the
 * SPDX list, `+`, `WITH` an exception, `AND`, `OR` and parentheses.
 */
export function checkSpdxExpression(expression: string): SpdxCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const source = expression.trim();
  if (!source)
    return { problems: ['is empty: give an SPDX licence identifier such as MIT'], warnings };
  const tokens = source.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const fail = (message: string): never => {
    throw new SyntaxError(message);
  };

  const licence = (): string => {
    const token = tokens[position++];
    if (token === undefined) return fail('ends where a licence identifier was expected');
    if (['AND', 'OR', 'WITH'].includes(token))
      return fail(`has "${token}" where a licence identifier was expected`);
    const plus = token.endsWith('+');
    const id = plus ? token.slice(0, -1) : token;
    if (REF.test(id)) return token;
    const current = CURRENT.get(id.toLowerCase());
    if (current) return current + (plus ? '+' : '');
    const deprecated = DEPRECATED.get(id.toLowerCase());
    if (deprecated) {
      warnings.push(
        `"${deprecated}" is a deprecated SPDX identifier${/^(A|L)?GPL-|^GFDL-/.test(deprecated) ? `: use ${deprecated}-only or ${deprecated}-or-later` : ''}`,
      );
      return deprecated + (plus ? '+' : '');
    }
    if (['and', 'or', 'with'].includes(id.toLowerCase()))
      return fail(`has "${id}": write the operators AND, OR and WITH in capitals`);
    return fail(`"${id.slice(0, 60)}" is not an SPDX licence identifier (see spdx.org/licenses)`);
  };

  const primary = (): string => {
    if (peek() === '(') {
      position++;
      const inner = or();
      if (peek() !== ')') fail('has a "(" that is not closed');
      position++;
      return `(${inner})`;
    }
    return licence();
  };

  const withException = (): string => {
    const left = primary();
    if (peek() !== 'WITH') return left;
    position++;
    const token = tokens[position++];
    if (token === undefined) return fail('ends after WITH: name a licence exception');
    const exception = EXCEPTIONS.get(token.toLowerCase());
    if (!exception) fail(`"${token.slice(0, 60)}" is not an SPDX licence exception`);
    return `${left} WITH ${exception}`;
  };

  const and = (): string => {
    const parts = [withException()];
    while (peek() === 'AND') {
      position++;
      parts.push(withException());
    }
    return parts.join(' AND ');
  };

  function or(): string {
    const parts = [and()];
    while (peek() === 'OR') {
      position++;
      parts.push(and());
    }
    return parts.join(' OR ');
  }

  try {
    const normalised = or();
    if (position < tokens.length)
      fail(
        tokens[position] === ')'
          ? 'has a ")" without a matching "("'
          : `has "${tokens[position]!.slice(0, 60)}" where AND, OR or the end was expected`,
      );
    return { normalised, problems, warnings };
  } catch (error) {
    problems.push((error as Error).message);
    return { problems, warnings };
  }
}
