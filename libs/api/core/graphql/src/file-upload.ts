import type { Readable } from 'node:stream';

import type { Request, Response } from 'express';

import { ERROR_CODES, UserFacingError } from './graphql-error';

/** Reads a request body up to a limit, without trusting Content-Length. */
function readBody(request: Request, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * A file sent as the raw request body with its (URI-encoded) name in
 * X-Filename: a header a cross-site form cannot send. Answers the decoded
 * name. Refuses a missing or badly encoded name, or a body over the limit, with a user-facing error, which
 * GraphQLExceptionFilter answers as JSON with a fitting status.
 */
export async function readFileUpload(
  request: Request,
  limit: number,
  limitInWords: string,
): Promise<{ filename: string; content: Buffer }> {
  const encoded = request.header('x-filename');
  if (!encoded)
    throw new UserFacingError(
      ERROR_CODES.BAD_USER_INPUT,
      'Send the file name in the X-Filename header.',
    );
  let filename: string;
  try {
    filename = decodeURIComponent(encoded);
  } catch {
    throw new UserFacingError(
      ERROR_CODES.BAD_USER_INPUT,
      'The X-Filename header must be the file name encoded with encodeURIComponent.',
    );
  }
  const content = await readBody(request, limit);
  if (content === 'too-large')
    throw new UserFacingError(
      'PAYLOAD_TOO_LARGE',
      `The file must be smaller than ${limitInWords}.`,
    );
  return { filename, content };
}

/**
 * Sends a stored upload: its own type (never sniffed), inline only for
 * images, otherwise as an attachment under its stored name.
 */
export function sendStoredFile(
  response: Response,
  file: { contentType: string; size: number; filename: string },
  stream: Readable,
  cacheControl: string,
): void {
  const inline = file.contentType.startsWith('image/');
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader(
    'Content-Disposition',
    `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`,
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', cacheControl);
  stream.pipe(response);
}
