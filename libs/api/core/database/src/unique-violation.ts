/**
 * Whether an error is PostgreSQL refusing a row that a unique constraint
 * already holds (SQLSTATE 23505), as when two requests create the same record
 * at the same moment: each looked first, saw nothing, and one insert lost.
 * Looks through TypeORM's wrapper to node-postgres' error.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, driverError } = error as { code?: unknown; driverError?: unknown };
  return code === '23505' || (driverError !== undefined && isUniqueViolation(driverError));
}
