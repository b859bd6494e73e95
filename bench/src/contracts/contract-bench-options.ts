import { UsageError } from '../cli-options';

/** The contracts benchmark's command-line flags. */
export interface ContractBenchOptions {
  /** Synthetic releases to generate and import. */
  releases: number;
  seed: string;
}

export const CONTRACT_BENCH_USAGE = `Usage: npm run bench:contracts -- [--releases 20000] [--seed lgx]

  --releases  synthetic OCDS releases to generate and import (default 20,000; 1000000 for the full run)
  --seed      seed of the synthetic releases (same seed, same file)`;

/** Parses `--name value` and `--name=value`; throws a UsageError naming a bad flag. */
export function parseContractBenchOptions(argv: string[]): ContractBenchOptions {
  const options: ContractBenchOptions = { releases: 20_000, seed: 'lgx' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`);
    const value = match[2] ?? argv[++i];
    if (match[1] === 'seed' && value) options.seed = value;
    else if (match[1] === 'releases') {
      const releases = Number(value);
      if (!Number.isInteger(releases) || releases < 1 || releases > 5_000_000)
        throw new UsageError(
          `--releases must be a whole number from 1 to 5000000 (got "${value ?? ''}").`,
        );
      options.releases = releases;
    } else throw new UsageError(`Unknown flag ${arg} (or a missing value).`);
  }
  return options;
}
