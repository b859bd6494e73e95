import { statSync } from 'node:fs';
import path from 'node:path';

import type { Request, Response } from 'express';

/** The copies the web build writes beside a text file, best first (vite-plugin-compression2). */
const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The quality (0 to 1) each encoding in an Accept-Encoding header is given, by name. */
export function encodingQualities(header: string): Map<string, number> {
  const qualities = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name, ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    qualities.set(name, Number.isFinite(quality) ? Math.min(Math.max(quality, 0), 1) : 0);
  }
  return qualities;
}

/**
 * The copy to send: of those built, the one the client rates highest; on a
 * tie, the smaller (Brotli), whatever order the client lists them in
 * (browsers list gzip first). None when the client accepts neither, or rates
 * the file as it is (identity) higher.
 */
function chooseVariant(request: Request, file: string) {
  const built = VARIANTS.filter((variant) => isFile(file + variant.suffix));
  const qualities = encodingQualities(request.headers['accept-encoding'] ?? '');
  const qualityOf = (encoding: string) => qualities.get(encoding) ?? qualities.get('*') ?? 0;
  let chosen: (typeof VARIANTS)[number] | undefined;
  for (const variant of built) {
    if (qualityOf(variant.encoding) > (chosen ? qualityOf(chosen.encoding) : 0)) chosen = variant;
  }
  if (chosen && qualityOf(chosen.encoding) < (qualities.get('identity') ?? 0)) chosen = undefined;
  return { built, chosen };
}

/**
 * Answers with the copy of `file` the build compressed ahead of time (Brotli,
 * else gzip, as the client accepts), with the original's Content-Type, the
 * given Cache-Control and `Vary: Accept-Encoding`, so nothing is compressed
 * per request. Returns false, having sent nothing, when there is no such copy
 * or the client accepts neither: the caller then sends the file as it is.
 */
export function sendPrecompressed(
  request: Request,
  response: Response,
  file: string,
  cacheControl: string,
): boolean {
  const { built, chosen } = chooseVariant(request, file);
  if (built.length > 0) response.vary('Accept-Encoding');
  if (!chosen) return false;
  response.type(path.extname(file));
  response.setHeader('Content-Encoding', chosen.encoding);
  response.setHeader('Cache-Control', cacheControl);
  response.sendFile(file + chosen.suffix, { cacheControl: false, acceptRanges: false });
  return true;
}
