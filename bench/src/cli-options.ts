/** The benchmark's command-line flags. */
export interface BenchOptions {
  /** Fraction of the full corpus (1 = 100,000 case studies...). */
  scale: number;
  seed: string;
  /** Seconds of each measured search run (each path, each concurrency, each round). */
  searchSeconds: number;
  /** Seconds of steady writes for publish-to-searchable. */
  writeSeconds: number;
  writesPerSecond: number;
  /** bench:generate only: one type, and where to write. */
  type?: string;
  out?: string;
}

export const USAGE = `Usage: npm run bench -- [--scale 1] [--seed lgx] [--search-seconds 10] [--write-seconds 30] [--writes-per-second 20]

  --scale              fraction of the full corpus (100,000 case studies, 20,000 components,
                       50,000 supplier experiences, 2,000 procurement groups); 0.1 for a quick run
  --seed               seed of the synthetic data (same seed, same documents)
  --search-seconds     length of each measured search run (default 10, or 4 below scale 0.5)
  --write-seconds      length of the steady write load (default 30, or 10 below scale 0.5)
  --writes-per-second  rate of the steady write load (default 20)`;

export class UsageError extends Error {}

function number(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value < min || value > max)
    throw new UsageError(`${name} must be a number from ${min} to ${max} (got "${raw ?? ''}").`);
  return value;
}

/** Reads `--name value` and `--name=value` flags of these names; throws a UsageError naming a bad one. */
export function readFlags(argv: string[], names: string[]): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`);
    const name = match[1]!;
    if (!names.includes(name)) throw new UsageError(`Unknown flag --${name}.`);
    values.set(name, match[2] ?? argv[++i]);
  }
  return values;
}

/** Parses `--name value` and `--name=value` flags; throws a UsageError naming a bad one. */
export function parseOptions(argv: string[], extra: string[] = []): BenchOptions {
  const values = readFlags(argv, [
    ...['scale', 'seed', 'search-seconds', 'write-seconds', 'writes-per-second'],
    ...extra,
  ]);
  const scale = values.has('scale') ? number('--scale', values.get('scale'), 0.0001, 2) : 1;
  const quick = scale < 0.5;
  return {
    scale,
    seed: values.get('seed') ?? 'lgx',
    searchSeconds: values.has('search-seconds')
      ? number('--search-seconds', values.get('search-seconds'), 1, 300)
      : quick
        ? 4
        : 10,
    writeSeconds: values.has('write-seconds')
      ? number('--write-seconds', values.get('write-seconds'), 1, 600)
      : quick
        ? 10
        : 30,
    writesPerSecond: values.has('writes-per-second')
      ? number('--writes-per-second', values.get('writes-per-second'), 1, 200)
      : 20,
    type: values.get('type'),
    out: values.get('out'),
  };
}
