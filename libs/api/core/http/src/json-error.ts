import type { Response } from 'express';

/**
 * Answers with a GraphQL-style error body, so the web app reads HTTP-level
 * refusals (too large, too many requests) the same way as GraphQL errors.
 */
export function sendJsonError(
  response: Response,
  status: number,
  code: string,
  message: string,
): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}
