import type { ContractSyncReport } from '@lgx/api/core/contracts';

const label = (source: string) => `{source="${source.replace(/["\\\n]/g, '_')}"}`;

/** The contracts sync in Prometheus text: last success, lag, errors and releases per source. */
export function contractSyncMetrics(report: ContractSyncReport): string[] {
  const { sources } = report;
  const family = (
    name: string,
    type: 'gauge' | 'counter',
    help: string,
    value: (source: ContractSyncReport['sources'][number]) => number | null,
  ) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...sources.flatMap((source) => {
      const measured = value(source);
      return measured === null ? [] : [`${name}${label(source.source)} ${measured}`];
    }),
  ];
  return [
    ...family(
      'lgx_contracts_sync_last_success_timestamp_seconds',
      'gauge',
      'When the public contracts sync last read a source to the end of its window (Unix time).',
      (source) =>
        source.lastSuccessAt === null ? null : Math.floor(Date.parse(source.lastSuccessAt) / 1000),
    ),
    ...family(
      'lgx_contracts_sync_lag_seconds',
      'gauge',
      'Age of the newest instant up to which every change of a source is stored.',
      (source) => source.lagSeconds,
    ),
    ...family(
      'lgx_contracts_sync_errors_total',
      'counter',
      'Public contracts sync runs of a source that stopped on an error.',
      (source) => source.errorsTotal,
    ),
    ...family(
      'lgx_contracts_sync_releases_total',
      'counter',
      'Releases the public contracts sync read from a source.',
      (source) => source.releasesTotal,
    ),
  ];
}
