import { existsSync } from 'node:fs';
import path from 'node:path';

import express, { type RequestHandler } from 'express';

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
    /\.map$/i.test(decodedPath) ||
    decodedPath
      .split('/')
      .some((part, index) => part.startsWith('.') && !(index === 1 && part === '.well-known'))
  );
}

/** A file Vite named after its content, such as assets/index-B_yt8oME.js. */
export function isHashedAsset(relativePath: string): boolean {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpe?g)$/.test(
    relativePath.split(path.sep).join('/'),
  );
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
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `WEB_DIST_DIR is set to ${dir} but it has no index.html: build the web app first.`,
    );
  }
  const files = express.static(dir, {
    index: false,
    maxAge: '1h',
    immutable: false,
    // isPrivateFile has refused every other dotfile already.
    dotfiles: 'allow',
    setHeaders: (response, filePath) => {
      // The build names these files after their content: a new build gives a new name.
      if (isHashedAsset(path.relative(dir, filePath))) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const isApi = (requestPath: string) =>
    API_PATH_PREFIXES.some((prefix) => requestPath.startsWith(prefix));
  app.use((request, response, next) => {
    const filePath = decodedPath(request.path);
    if (isApi(request.path) || filePath === undefined || isPrivateFile(filePath)) return next();
    return files(request, response, next);
  });
  app.use((request, response, next) => {
    if (request.method !== 'GET' || isApi(request.path) || !request.accepts('html')) return next();
    // A source map asked for by a browser gets the app, not the map.
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
