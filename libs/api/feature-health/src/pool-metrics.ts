import type { DataSource } from 'typeorm';

/** What node-postgres's Pool counts. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The PostgreSQL pool of this process in Prometheus text (none when the driver has no pool). */
export function poolMetrics(dataSource: DataSource): string[] {
  const pool = (dataSource.driver as { master?: Partial<PoolCounts> }).master;
  if (typeof pool?.totalCount !== 'number') return [];
  const gauge = (name: string, help: string, value: number | undefined) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    `${name} ${value ?? 0}`,
  ];
  return [
    ...gauge(
      'lgx_db_pool_connections',
      "Connections open in this process's pool.",
      pool.totalCount,
    ),
    ...gauge('lgx_db_pool_idle', 'Open connections not in use.', pool.idleCount),
    ...gauge(
      'lgx_db_pool_waiting',
      'Queries waiting for a connection (the pool is exhausted while this is above 0).',
      pool.waitingCount,
    ),
  ];
}
