import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import express, { type RequestHandler } from 'express';

import { sendPrecompressed } from './precompressed-files';

/** Paths the API answers itself: never a file of the web app, nor its index.html. */
export const API_PATH_PREFIXES: readonly string[] = [
  '/graphql',
  '/health',
  '/metrics',
  '/dev/mailbox',
  '/auth/',
  '/attachments/',
  '/procurement-documents/',
  '/procurement-exports/',
  '/feeds/',
  '/unsubscribe/',
  '/business-case/document.',
];

/**
 * Files a build may leave beside the app that are not for the public:
 * source maps (they give away the source, comments and all) and dotfiles
 * (but /.well-known/, which is public by definition).
 */
function isPrivateFile(decodedPath: string): boolean {
  return (
    /\.map(\.(br|gz))?$/i.test(decodedPath) ||
    decodedPath
      .split('/')
      .some((part, index) => part.startsWith('.') && !(index === 1 && part === '.well-known'))
  );
}

/** A file Vite named after its content, such as assets/index-B_yt8oME.js. */
export function isHashedAsset(relativePath: string): boolean {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/.test(
    relativePath.split(path.sep).join('/'),
  );
}

/**
 * How long browsers and proxies may keep a file: a year for files named after
 * their content (a new build gives new names), never without asking again for
 * index.html (it names the current build's files), an hour for the rest.
 */
export function cacheControlFor(relativePath: string): string {
  if (isHashedAsset(relativePath)) return 'public, max-age=31536000, immutable';
  if (relativePath === 'index.html') return 'no-cache';
  return 'public, max-age=3600';
}

/** The file of `dir` a decoded request path names, if there is one. */
function fileUnder(dir: string, decoded: string): string | undefined {
  const file = path.join(dir, decoded);
  if (decoded.includes('\0') || !file.startsWith(dir + path.sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function decodedPath(requestPath: string): string | undefined {
  try {
    return decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app from `dir`: its files (never source maps or
 * dotfiles), and index.html for every client-side route a browser asks for.
 * Call it after the HTTP hardening, so these requests are limited too.
 */
export function serveWebApp(app: { use: (handler: RequestHandler) => unknown }, dir: string): void {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `WEB_DIST_DIR is set to ${dir} but it has no index.html: build the web app first.`,
    );
  }
  const files = express.static(root, {
    index: false,
    cacheControl: false,
    // isPrivateFile has refused every other dotfile already.
    dotfiles: 'allow',
    setHeaders: (response, filePath) => {
      response.setHeader('Cache-Control', cacheControlFor(path.relative(root, filePath)));
    },
  });
  const isApi = (requestPath: string) =>
    API_PATH_PREFIXES.some((prefix) => requestPath.startsWith(prefix));
  app.use((request, response, next) => {
    const decoded = decodedPath(request.path);
    if (isApi(request.path) || decoded === undefined || isPrivateFile(decoded)) return next();
    const file = fileUnder(root, decoded);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (isRead && file) {
      const sent = sendPrecompressed(
        request,
        response,
        file,
        cacheControlFor(path.relative(root, file)),
      );
      if (sent) return;
    }
    return files(request, response, next);
  });
  app.use((request, response, next) => {
    if (request.method !== 'GET' || isApi(request.path) || !request.accepts('html')) return next();
    // A source map asked for by a browser gets the app, not the map.
    if (sendPrecompressed(request, response, index, 'no-cache')) return;
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index, { cacheControl: false });
  });
}
