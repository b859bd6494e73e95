import { isSection, type Path, type PubliccodeProblem, type Section } from './publiccode-types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An absolute URI or URN (scheme, colon, something), as organisation and funder URIs are. */
const URI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
export const WEB_SCHEMES = ['http:', 'https:'];
export const REPOSITORY_SCHEMES = [
  'http:',
  'https:',
  'git:',
  'ssh:',
  'svn:',
  'svn+ssh:',
  'git+ssh:',
];

/** NUL and other C0 controls (but tab, line feed and carriage return), and DEL. */
const hasControl = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
  });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A value quoted for a message, cut short when long. */
export const show = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
export const oneOf = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
export const pathText = (path: Path) =>
  path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );

/**
 * Reads values of a publiccode.yml by type. Each read reports what is wrong at
 * its key path (with the line) and returns undefined, so the rules stay short
 * and every problem is found in one pass.
 */
export class PubliccodeReader {
  readonly errors: PubliccodeProblem[] = [];
  readonly warnings: PubliccodeProblem[] = [];

  constructor(private readonly lineOf: (path: Path) => number | undefined = () => undefined) {}

  error(path: Path, message: string): void {
    this.errors.push({ path: pathText(path), message, line: this.lineOf(path) });
  }

  warn(path: Path, message: string): void {
    this.warnings.push({ path: pathText(path), message, line: this.lineOf(path) });
  }

  present(section: Section, key: string): boolean {
    return section[key] !== undefined && section[key] !== null;
  }

  required(section: Section, path: Path, key: string, what: string): boolean {
    if (this.present(section, key)) return true;
    this.error([...path, key], `is required: ${what}`);
    return false;
  }

  string(section: Section, path: Path, key: string, limits: { max?: number; min?: number } = {}) {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.error([...path, key], 'must be text');
      return undefined;
    }
    const text = String(value);
    if (!this.isText(text, [...path, key])) return undefined;
    if (!text.trim()) {
      this.error([...path, key], 'must not be empty');
      return undefined;
    }
    const length = [...text].length;
    if (limits.max !== undefined && length > limits.max)
      this.error([...path, key], `must be ${limits.max} characters or fewer (it has ${length})`);
    if (limits.min !== undefined && length < limits.min)
      this.error([...path, key], `must be at least ${limits.min} characters (it has ${length})`);
    return text;
  }

  /** Text a person can read and PostgreSQL can store: no NUL or other control characters, valid Unicode. */
  isText(text: string, path: Path): boolean {
    if (hasControl(text)) {
      this.error(path, 'must not contain control characters such as NUL (\\0)');
      return false;
    }
    if (LONE_SURROGATE.test(text)) {
      this.error(path, 'is not valid Unicode (it holds half of a surrogate pair, such as \\uD800)');
      return false;
    }
    return true;
  }

  url(section: Section, path: Path, key: string, schemes = WEB_SCHEMES) {
    const value = this.string(section, path, key);
    return value === undefined ? undefined : this.checkUrl(value, [...path, key], schemes);
  }

  checkUrl(value: string, path: Path, schemes = WEB_SCHEMES): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      this.error(path, `${show(value)} is not a URL: give a full address starting with https://`);
      return undefined;
    }
    if (!schemes.includes(parsed.protocol) || !parsed.hostname) {
      const kind =
        schemes === WEB_SCHEMES
          ? 'a web address (http or https)'
          : `a repository address (${schemes.map((scheme) => scheme.slice(0, -1)).join(', ')})`;
      this.error(path, `${show(value)} must be ${kind}`);
      return undefined;
    }
    return value;
  }

  /** An absolute URI or URN, such as "https://example.org/council" or "urn:x-lgx:der". */
  uri(section: Section, path: Path, key: string) {
    const value = this.string(section, path, key);
    if (value !== undefined && !URI.test(value)) {
      this.error(
        [...path, key],
        `${show(value)} is not a URI: give an address such as "https://example.org" or a URN`,
      );
      return undefined;
    }
    return value;
  }

  email(section: Section, path: Path, key: string) {
    const value = this.string(section, path, key);
    if (value !== undefined && !EMAIL.test(value)) {
      this.error([...path, key], `${show(value)} is not an email address`);
      return undefined;
    }
    return value;
  }

  date(section: Section, path: Path, key: string) {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    const day = match
      ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
      : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
      const shown = typeof value === 'string' ? show(value) : 'this';
      this.error(
        [...path, key],
        `${shown} is not a date in the form YYYY-MM-DD (e.g. "2024-04-15")`,
      );
      return undefined;
    }
    return value as string;
  }

  boolean(section: Section, path: Path, key: string) {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.error([...path, key], 'must be true or false');
      return undefined;
    }
    return value;
  }

  list(section: Section, path: Path, key: string, allowSingle = false) {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (allowSingle && (typeof value === 'string' || typeof value === 'number'))
      return [String(value)];
    if (!Array.isArray(value)) {
      this.error([...path, key], allowSingle ? 'must be text or a list of text' : 'must be a list');
      return undefined;
    }
    return value;
  }

  strings(section: Section, path: Path, key: string, allowSingle = false) {
    const values = this.list(section, path, key, allowSingle);
    if (!values) return undefined;
    const result: string[] = [];
    values.forEach((item, index) => {
      const itemPath = [...path, key, index];
      if (typeof item === 'string' && item.trim()) {
        if (this.isText(item, itemPath)) result.push(item);
      } else if (typeof item === 'number') result.push(String(item));
      else this.error(itemPath, 'must be text');
    });
    return result;
  }

  /** A list of sections (such as contacts), each read by `each`; other items are reported. */
  sections<T>(
    section: Section,
    path: Path,
    key: string,
    what: string,
    each: (item: Section, itemPath: Path) => T | undefined,
  ): T[] | undefined {
    const items = this.list(section, path, key);
    if (!items) return undefined;
    const result: T[] = [];
    items.forEach((item, index) => {
      const itemPath: Path = [...path, key, index];
      if (!isSection(item)) return void this.error(itemPath, `must be a section with ${what}`);
      const value = each(item, itemPath);
      if (value !== undefined) result.push(value);
    });
    return result;
  }

  enumerated(section: Section, path: Path, key: string, allowed: readonly string[]) {
    const value = this.string(section, path, key);
    if (value !== undefined && !allowed.includes(value)) {
      this.error([...path, key], `${show(value)} is not allowed: use one of ${oneOf(allowed)}`);
      return undefined;
    }
    return value;
  }

  section(parent: Section, path: Path, key: string): Section | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (!isSection(value)) {
      this.error([...path, key], 'must be a section of keys (key: value)');
      return undefined;
    }
    return value;
  }

  /** Keys the standard does not define here: a warning, never a refusal (newer versions add keys). */
  unknownKeys(value: Section, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value))
      if (!known.includes(key))
        this.warn([...path, key], 'is not a key of publiccode.yml here, so it is ignored');
  }
}
