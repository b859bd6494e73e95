/** Environment variables through which the global setup hands the services to test files. */
export const TEST_ENV = {
  adminUrl: 'LGX_TEST_POSTGRES_ADMIN_URL',
  templateDatabase: 'LGX_TEST_TEMPLATE_DATABASE',
  meiliUrl: 'LGX_TEST_MEILI_URL',
  meiliKey: 'LGX_TEST_MEILI_MASTER_KEY',
} as const;

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
