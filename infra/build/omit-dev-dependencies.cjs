// Preload (node -r) that makes this checkout behave as `npm ci --omit=dev`
// would install it: resolving any file of a package package-lock.json marks
// as dev-only fails as if it were missing. The release test runs the compiled
// API with it, so what production loads, even lazily, is proven installed.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

/** node_modules/a/node_modules/@b/c/lib/x.js -> node_modules/a/node_modules/@b/c */
function packageKey(file) {
  const relative = path.relative(root, file).split(path.sep);
  const last = relative.lastIndexOf('node_modules');
  if (last === -1) return undefined;
  const width = relative[last + 1]?.startsWith('@') ? 3 : 2;
  return relative.slice(0, last + width).join('/');
}

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveProductionOnly(request, ...rest) {
  const file = resolve.call(this, request, ...rest);
  const key = path.isAbsolute(file) ? packageKey(file) : undefined;
  if (key && lock.packages[key]?.dev) {
    const error = new Error(
      `Cannot find module '${request}': ${key} is a devDependency, which npm ci --omit=dev leaves out`,
    );
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return file;
};
