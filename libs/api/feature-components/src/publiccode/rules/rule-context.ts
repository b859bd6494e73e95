import type { PubliccodeReader } from '../publiccode-reader';
import type { VersionRules } from '../publiccode-versions';

/** What every rule group gets: the reader (which collects problems) and the version's rules. */
export interface RuleContext {
  read: PubliccodeReader;
  version: VersionRules;
}
