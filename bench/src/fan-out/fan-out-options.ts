import { readFlags, UsageError } from '../cli-options';

/** The fan-out benchmark's command-line flags. */
export interface FanOutBenchOptions {
  /** Accounts following Derby (each told of the case study). */
  followers: number;
  /** Saved searches that find the case study (as many again, a tenth, that do not). */
  savedSearches: number;
  /** Whether this is the small run of the smoke test. */
  quick: boolean;
}

export const FAN_OUT_BENCH_USAGE = `Usage: npm run bench:fan-out -- [--followers 10000] [--saved-searches 1000] [--quick]

  --followers       accounts following Derby, mixed daily and weekly digests (default 10,000)
  --saved-searches  saved searches that find the published case study (default 1,000);
                    a tenth as many again that do not are saved too
  --quick           a small run (500 followers, 50 saved searches) unless the two above are given`;

const QUICK = { followers: 500, savedSearches: 50 };
const FULL = { followers: 10_000, savedSearches: 1_000 };

function wholeNumber(flag: string, raw: string | undefined, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < 1 || value > max)
    throw new UsageError(`${flag} must be a whole number from 1 to ${max} (got "${raw ?? ''}").`);
  return value;
}

/** Parses the flags; throws a UsageError naming a bad one. */
export function parseFanOutBenchOptions(argv: string[]): FanOutBenchOptions {
  // --quick takes no value: read it before the flags that do.
  const quick = argv.includes('--quick');
  const values = readFlags(
    argv.filter((arg) => arg !== '--quick'),
    ['followers', 'saved-searches'],
  );
  const defaults = quick ? QUICK : FULL;
  return {
    quick,
    followers: values.has('followers')
      ? wholeNumber('--followers', values.get('followers'), 200_000)
      : defaults.followers,
    savedSearches: values.has('saved-searches')
      ? wholeNumber('--saved-searches', values.get('saved-searches'), 20_000)
      : defaults.savedSearches,
  };
}
