import { z } from 'zod';

import { ConfigError, type ConfigIssue } from './config.error';

export type Env = Record<string, string | undefined>;

/**
 * Parses the variables a concern needs from the environment. Empty strings
 * count as unset, so `FOO=` falls back to the default.
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Env,
): { value?: z.infer<z.ZodObject<Shape>>; issues: ConfigIssue[] } {
  const input: Env = {};
  for (const key of Object.keys(shape)) {
    const raw = env[key];
    input[key] = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  }
  const result = z.object(shape).safeParse(input);
  if (result.success) return { value: result.data, issues: [] };
  return {
    issues: result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? 'environment'),
      message: describe(issue, input[String(issue.path[0])]),
    })),
  };
}

function describe(issue: z.core.$ZodIssue, received: string | undefined): string {
  if (received === undefined) return `is required but not set. ${issue.message}`;
  // Never echo values that may be secrets; show only a short, safe hint.
  return `${issue.message} (got a value of ${received.length} characters)`;
}

export function throwIfIssues(issues: ConfigIssue[]): void {
  if (issues.length > 0) throw new ConfigError(issues);
}

export const port = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`);

export const url = (protocols: string[], hint: string) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, hint);
