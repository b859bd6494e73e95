/**
 * Several admin commands in one run (`admin.ts --batch`, the commands as JSON on standard
 * input): one process and one connection instead of one per command, e.g. to set up a test
 * platform. Passwords travel in the JSON, never in arguments or the environment.
 */
import type { DataSource } from 'typeorm';

import { AdminCommandError, runAdminCommand } from './admin-commands';

/** One command of a batch: its arguments as on the command line, and create-account's password. */
export interface AdminBatchCommand {
  args: string[];
  newPassword?: string;
}

const SHAPE =
  'The batch must be a JSON array of commands such as {"args": ["create-account", "ada@derby.gov.uk", "Ada", "Head of digital"], "newPassword": "..."}';

function isCommand(value: unknown): value is AdminBatchCommand {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { args, newPassword, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(args) &&
    args.length > 0 &&
    args.every((arg) => typeof arg === 'string') &&
    (newPassword === undefined || typeof newPassword === 'string')
  );
}

/** Reads a batch; throws AdminCommandError naming the first command that is not one. */
export function parseAdminBatch(json: string): AdminBatchCommand[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AdminCommandError(`${SHAPE}: this is not JSON.`);
  }
  if (!Array.isArray(value) || value.length === 0)
    throw new AdminCommandError(`${SHAPE}, with at least one.`);
  const wrong = value.findIndex((command) => !isCommand(command));
  if (wrong >= 0)
    throw new AdminCommandError(`${SHAPE}: command ${wrong + 1} is not (it needs "args").`);
  return value as AdminBatchCommand[];
}

/**
 * Runs the commands in order and returns what each printed. The first refusal stops the
 * batch (AdminCommandError naming the command); the commands before it have run, as they
 * would have one by one.
 */
export async function runAdminBatch(
  db: DataSource,
  commands: AdminBatchCommand[],
): Promise<string[]> {
  const said: string[] = [];
  for (const [index, { args, newPassword }] of commands.entries()) {
    try {
      said.push(await runAdminCommand(db, args, newPassword));
    } catch (error) {
      if (!(error instanceof AdminCommandError)) throw error;
      const ran = index === 0 ? 'none before it ran' : `commands 1-${index} ran`;
      throw new AdminCommandError(
        `Command ${index + 1} of the batch (${args[0]}) refused, ${ran}: ${error.message}`,
      );
    }
  }
  return said;
}
