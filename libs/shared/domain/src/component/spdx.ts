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
  const warnings: string[] = [];
  const source = expression.trim();
  if (!source)
    return { problems: ['is empty: give an SPDX licence identifier such as MIT'], warnings };
  try {
    const normalised = new SpdxExpressionParser(source, warnings).expression();
    return { normalised, problems: [], warnings };
  } catch (error) {
    return { problems: [(error as Error).message], warnings };
  }
}

/** Recursive descent over the tokens: or := and (OR and)*, and := with (AND with)*. */
class SpdxExpressionParser {
  private readonly tokens: string[];
  private position = 0;

  constructor(
    source: string,
    private readonly warnings: string[],
  ) {
    this.tokens = source.match(/\(|\)|[^\s()]+/g) ?? [];
  }

  /** The whole expression, normalised; throws a SyntaxError naming the fault. */
  expression(): string {
    const normalised = this.or();
    const rest = this.peek();
    if (rest !== undefined)
      fail(
        rest === ')'
          ? 'has a ")" without a matching "("'
          : `has "${rest.slice(0, 60)}" where AND, OR or the end was expected`,
      );
    return normalised;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private next(): string | undefined {
    return this.tokens[this.position++];
  }

  private or(): string {
    const parts = [this.and()];
    while (this.peek() === 'OR') {
      this.position++;
      parts.push(this.and());
    }
    return parts.join(' OR ');
  }

  private and(): string {
    const parts = [this.withException()];
    while (this.peek() === 'AND') {
      this.position++;
      parts.push(this.withException());
    }
    return parts.join(' AND ');
  }

  private withException(): string {
    const left = this.primary();
    if (this.peek() !== 'WITH') return left;
    this.position++;
    const token = this.next();
    if (token === undefined) return fail('ends after WITH: name a licence exception');
    const exception = EXCEPTIONS.get(token.toLowerCase());
    if (!exception) fail(`"${token.slice(0, 60)}" is not an SPDX licence exception`);
    return `${left} WITH ${exception}`;
  }

  private primary(): string {
    if (this.peek() !== '(') return this.licence();
    this.position++;
    const inner = this.or();
    if (this.peek() !== ')') fail('has a "(" that is not closed');
    this.position++;
    return `(${inner})`;
  }

  private licence(): string {
    const token = this.next();
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
      this.warnings.push(
        `"${deprecated}" is a deprecated SPDX identifier${/^(A|L)?GPL-|^GFDL-/.test(deprecated) ? `: use ${deprecated}-only or ${deprecated}-or-later` : ''}`,
      );
      return deprecated + (plus ? '+' : '');
    }
    if (['and', 'or', 'with'].includes(id.toLowerCase()))
      return fail(`has "${id}": write the operators AND, OR and WITH in capitals`);
    return fail(`"${id.slice(0, 60)}" is not an SPDX licence identifier (see spdx.org/licenses)`);
  }
}

function fail(message: string): never {
  throw new SyntaxError(message);
}
