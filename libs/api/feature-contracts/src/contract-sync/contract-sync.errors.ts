/** Why one source's run stopped; recorded as its last error and retried on the next run. */
export class ContractSyncError extends Error {
  /** The HTTP status that ended the attempts, when one did. */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ContractSyncError';
  }
}

/** A failure in words for the state table and /health/ready: short, one line, no stack. */
export function syncErrorMessage(error: unknown): string {
  const message =
    error instanceof ContractSyncError
      ? error.message
      : `unexpected failure: ${(error as Error)?.message ?? String(error)}`;
  return message.replace(/\s+/g, ' ').slice(0, 500);
}
