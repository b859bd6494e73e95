import { constants } from 'node:zlib';

import compression from 'compression';
import type { RequestHandler } from 'express';

/** Brotli's quality for answers compressed as they go: near its best ratio at a fraction of 11's cost. */
const BROTLI_QUALITY = 5;

/**
 * Compresses every compressible answer (the web app's script and styles, its
 * pages, GraphQL results) with Brotli, or gzip for a client without it: the
 * web app's script shrinks about four times, which is what a slow link
 * needs. Small answers (under 1 KB) go as they are. GraphQL answers are safe
 * to compress: a cross-site page cannot send a GraphQL request (Apollo's CSRF
 * prevention), so it cannot measure their sizes (BREACH). Decision 0031.
 */
export function responseCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
}
