import { show } from '../publiccode-reader';
import type { Path } from '../publiccode-types';
import { since } from '../publiccode-versions';
import type { RuleContext } from './rule-context';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const NOT_COUNTRIES = ['ZZ', 'EU', 'EZ', 'UN', 'QO'];

/** A BCP 47 language tag with an ISO 639 primary language ("en", "en-GB", "cy"); the canonical tag, or undefined. */
export function languageTag({ read }: RuleContext, value: string, path: Path): string | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(value)[0]!;
  } catch {
    read.error(path, `${show(value)} is not a BCP 47 language tag (such as "en" or "en-GB")`);
    return undefined;
  }
  const primary = canonical.split('-')[0]!;
  let name: string | undefined;
  try {
    name = languageNames.of(primary);
  } catch {
    name = undefined;
  }
  if (!name || primary.length > 3) {
    read.error(path, `${show(value)} does not start with an ISO 639 language code (such as "en")`);
    return undefined;
  }
  if (canonical !== value)
    read.warn(path, `${show(value)} is better written "${canonical}" (BCP 47 canonical form)`);
  return canonical;
}

/**
 * An ISO 3166-1 alpha-2 country code. Until 0.4 the standard wrote them in
 * lowercase; 0.5 moved to uppercase and deprecated lowercase. Either case is
 * read; the other one than the file's version asks for is a warning.
 */
export function countryCode(context: RuleContext, value: string, path: Path): void {
  const { read, version } = context;
  const code = value.toUpperCase();
  let name: string | undefined;
  try {
    // ICU knows aliases (UK for GB) and macro-regions (EU): only canonical, real countries count.
    const real =
      /^[A-Z]{2}$/.test(code) &&
      new Intl.Locale(`und-${code}`).region === code &&
      !NOT_COUNTRIES.includes(code);
    name = real ? regionNames.of(code) : undefined;
  } catch {
    name = undefined;
  }
  if (!name)
    return void read.error(
      path,
      `${show(value)} is not an ISO 3166-1 alpha-2 country code (such as "GB")`,
    );
  if (since(version, 5) && value !== code)
    read.warn(
      path,
      `lowercase country codes are deprecated since publiccode.yml 0.5; write "${code}"`,
    );
  if (!since(version, 5) && value !== value.toLowerCase())
    read.warn(
      path,
      `uppercase country codes came with publiccode.yml 0.5; this file declares an older version, which uses "${value.toLowerCase()}"`,
    );
}
