import { readFlags, UsageError } from '../cli-options';

/** The contracts benchmark's command-line flags. */
export interface ContractBenchOptions {
  /** Synthetic releases to generate and import. */
  releases: number;
  seed: string;
}

export const CONTRACT_BENCH_USAGE = `Usage: npm run bench:contracts -- [--releases 20000] [--seed lgx]

  --releases  synthetic OCDS releases to generate and import (default 20,000; 1000000 for the full run)
  --seed      seed of the synthetic releases (same seed, same file)`;

/** Parses `--releases` and `--seed`; throws a UsageError naming a bad flag. */
export function parseContractBenchOptions(argv: string[]): ContractBenchOptions {
  const values = readFlags(argv, ['releases', 'seed']);
  const options: ContractBenchOptions = { releases: 20_000, seed: values.get('seed') ?? 'lgx' };
  if (values.has('releases')) {
    const raw = values.get('releases');
    const releases = Number(raw);
    if (!Number.isInteger(releases) || releases < 1 || releases > 5_000_000)
      throw new UsageError(
        `--releases must be a whole number from 1 to 5000000 (got "${raw ?? ''}").`,
      );
    options.releases = releases;
  }
  return options;
}
