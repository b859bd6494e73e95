import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The most JavaScript, Brotli-compressed, the first page a visitor opens may load (100 KiB; issue 19). */
export const FIRST_ROUTE_BUDGET_BYTES = 100 * 1024;
/**
 * The most JavaScript, Brotli-compressed, the home page may load with its own
 * chunks: the same 100 KB. It was 121.5 KB before the router moved to declarative
 * mode and the home page loaded apart from the rest of discovery (decision 0072).
 */
export const FIRST_PAGE_CEILING_BYTES = FIRST_ROUTE_BUDGET_BYTES;

export interface FileSize {
  /** Relative to the build folder, e.g. assets/index-B_yt8oME.js. */
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SizeTotal {
  files: FileSize[];
  raw: number;
  gzip: number;
  brotli: number;
}

const SCRIPT_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;
// Static imports only (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`):
// not `import("./x.js")`, which loads when a page needs it.
const STATIC_IMPORT =
  /(?:\bimport|\bexport)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** A file's size as sent: the build's .br/.gz copy when there is one, else compressed here. */
export function fileSize(dir: string, file: string): FileSize {
  const absolute = path.join(dir, file);
  const content = readFileSync(absolute);
  const copy = (suffix: string, compress: () => Buffer) =>
    existsSync(absolute + suffix) ? readFileSync(absolute + suffix).length : compress().length;
  return {
    file,
    raw: content.length,
    gzip: copy('.gz', () => gzipSync(content, { level: 9 })),
    brotli: copy('.br', () =>
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ),
  };
}

export function total(dir: string, files: Iterable<string>): SizeTotal {
  const sizes = [...new Set(files)].sort().map((file) => fileSize(dir, file));
  const sum = (key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((n, size) => n + size[key], 0);
  return { files: sizes, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

const fromRoot = (url: string) => url.replace(/^\//, '');

/** Every module `entries` load before running: themselves and their static imports, transitively. */
export function staticModuleGraph(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const specifier of matches(code, STATIC_IMPORT)) {
      pending.push(path.posix.join(path.posix.dirname(file), specifier));
    }
  }
  return [...seen].sort();
}

/**
 * The JavaScript the first page loads, from the built index.html: its module
 * script, the modules it preloads and everything they import statically
 * (not the features loaded lazily when a page of theirs opens).
 */
export function firstRouteScripts(dir: string): string[] {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entries = [...matches(html, SCRIPT_SRC), ...matches(html, MODULE_PRELOAD)].map(fromRoot);
  if (entries.length === 0) throw new Error(`${dir}/index.html loads no module script`);
  return staticModuleGraph(dir, entries);
}

/** The style sheets index.html links. */
export function firstRouteStyles(dir: string): string[] {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  return matches(html, STYLESHEET).map(fromRoot);
}

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
}

/**
 * What a page of a lazily loaded feature adds to the first route: the
 * feature's chunk (named by its source, e.g. libs/web/feature-insight/src/index.ts)
 * and the chunks and styles it imports that the first route has not loaded.
 * Reads the manifest Vite writes (build.manifest).
 */
export function featureFiles(dir: string, source: string, firstRoute: readonly string[]): string[] {
  const manifestFile = path.join(dir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const loaded = new Set(firstRoute);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${manifestFile} has no chunk for ${key}`);
    if (loaded.has(chunk.file) || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) if (!loaded.has(css)) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  // The manifest names sources from the app's folder (../../libs/...).
  const key = Object.keys(manifest).find((name) => name.replace(/^(\.\.\/)+/, '') === source);
  visit(key ?? source);
  return [...files];
}
