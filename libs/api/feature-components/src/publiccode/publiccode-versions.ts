import { type PubliccodeReader, show } from './publiccode-reader';
import type { Path, Section } from './publiccode-types';

/**
 * The newest 0.x minor version whose rules LGX knows. A file saying "0" (what
 * the standard asks for today) follows the latest 0.x, so it gets these rules.
 */
export const LATEST_MINOR = 7;
export const LATEST_VERSION = `0.${LATEST_MINOR}`;
/** The oldest version LGX reads: 0.1 used other keys (e.g. `publiccode-yaml-version`, `tags`). */
const OLDEST_MINOR = 2;

/** Which version's rules apply to a file. */
export interface VersionRules {
  /** What the file declares, e.g. "0", "0.4" or "0.2.2"; null when it declares none. */
  declared: string | null;
  /** The minor version whose rules apply ("0" is the latest). */
  minor: number;
}

export const since = (version: VersionRules, minor: number) => version.minor >= minor;

/** How a version is named in messages: "0.4", or "0 (the latest 0.x, 0.7)". */
export const versionName = (version: VersionRules) =>
  version.declared === '0' ? `"0" (the latest 0.x, ${LATEST_VERSION})` : `${version.declared}`;

/**
 * Reads publiccodeYmlVersion and decides the rules. Returns undefined when the
 * version makes the rest unreadable (not 0.x, or older than 0.2).
 */
export function readVersion(root: Section, read: PubliccodeReader): VersionRules | undefined {
  const raw = root['publiccodeYmlVersion'];
  const path: Path = ['publiccodeYmlVersion'];
  if (raw === undefined || raw === null) {
    read.error(path, 'is required: the version of the standard; write "0" for the latest 0.x');
    return { declared: null, minor: LATEST_MINOR };
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    read.error(path, 'must be text, such as "0"');
    return { declared: null, minor: LATEST_MINOR };
  }
  const declared = String(raw);
  const match = /^0(?:\.(\d+)(?:\.(\d+))?)?$/.exec(declared);
  if (!match) {
    read.error(
      path,
      /^\d+(\.\d+)*$/.test(declared)
        ? `version ${show(declared)} is not a 0.x version of publiccode.yml; LGX reads "0" and 0.2 to ${LATEST_VERSION}`
        : 'must be a version number: "0" (the latest 0.x) or one such as "0.4"',
    );
    return undefined;
  }
  if (typeof raw === 'number')
    read.warn(path, `should be quoted text ("${declared}"), not a number`);
  if (match[1] === undefined) return { declared, minor: LATEST_MINOR };
  const minor = Number(match[1]);
  if (minor < OLDEST_MINOR) {
    read.error(
      path,
      `version ${show(declared)} predates 0.2 and used different keys; update the file and write "0"`,
    );
    return undefined;
  }
  if (minor > LATEST_MINOR) {
    read.warn(
      path,
      `${declared} is newer than the versions LGX knows (0.2 to ${LATEST_VERSION}); checked against ${LATEST_VERSION}`,
    );
    return { declared, minor: LATEST_MINOR };
  }
  if (minor < LATEST_MINOR)
    read.warn(
      path,
      `${declared} is an older version of the standard; write "0" to follow the latest 0.x (${LATEST_VERSION})`,
    );
  return { declared, minor };
}

/** A key deprecated from `fromMinor`: a warning with advice, only for files of that version or later. */
export function deprecated(
  read: PubliccodeReader,
  version: VersionRules,
  at: { section: Section; path: Path; key: string },
  fromMinor: number,
  advice: string,
): void {
  if (read.present(at.section, at.key) && since(version, fromMinor))
    read.warn([...at.path, at.key], `is deprecated since publiccode.yml 0.${fromMinor}; ${advice}`);
}

/**
 * A key added in `inMinor`, found in a file declaring an older version: it is
 * read all the same (the standard only adds keys within 0.x), with a warning.
 */
export function introduced(
  read: PubliccodeReader,
  version: VersionRules,
  at: { section: Section; path: Path; key: string },
  inMinor: number,
): void {
  if (read.present(at.section, at.key) && !since(version, inMinor))
    read.warn(
      [...at.path, at.key],
      `was added in publiccode.yml 0.${inMinor} but the file declares ${versionName(version)}; write publiccodeYmlVersion "0"`,
    );
}
