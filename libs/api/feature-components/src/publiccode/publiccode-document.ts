import { type Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';

import type { Json, Path, PubliccodeProblem } from './publiccode-types';

/** Larger than any real publiccode.yml (longDescription is at most 10,000 characters per language). */
export const MAX_PUBLICCODE_BYTES = 512 * 1024;

/** The file read as YAML: its value, and where each key path is (for line numbers). */
export interface PubliccodeDocument {
  root: Json;
  lineOf: (path: Path) => number | undefined;
}

const fileProblem = (message: string): PubliccodeProblem[] => [{ path: '', message }];

/** The bytes as text: UTF-8 only, within the size limit, without a byte order mark. */
export function decodePubliccode(input: Uint8Array | string): string | PubliccodeProblem[] {
  const tooLarge = `The file is larger than ${MAX_PUBLICCODE_BYTES / 1024} KB`;
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.byteLength > MAX_PUBLICCODE_BYTES) return fileProblem(tooLarge);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fileProblem('The file is not UTF-8 text: publiccode.yml must be encoded in UTF-8');
    }
  }
  if (text.length > MAX_PUBLICCODE_BYTES) return fileProblem(tooLarge);
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return fileProblem('The file is empty');
  return text;
}

/**
 * Bounds on how deeply a file can nest, checked before the YAML parser sees
 * it: the parser's time and memory grow fast with depth (half a million "["
 * held the server for seconds and can exhaust its memory). Far above any real
 * publiccode.yml. They over-count (brackets in quoted text count too), so no
 * quoting trick hides depth from them.
 */
export const YAML_LIMITS = Object.freeze({
  /** "[" and "{" in the whole file. */
  flowOpeners: 1_000,
  /** Unclosed "[" and "{" at any point. */
  flowDepth: 64,
  /** Spaces before a line's first character. */
  indentation: 256,
  /** "- " or "? " entries opened on one line ("- - - x"). */
  compactEntries: 32,
});

/** Why the file nests too deeply to be read safely, or null. */
export function nestingProblem(text: string): string | null {
  let openers = 0;
  let depth = 0;
  for (const char of text) {
    if (char === '[' || char === '{') {
      openers++;
      depth++;
      if (openers > YAML_LIMITS.flowOpeners || depth > YAML_LIMITS.flowDepth)
        return `The YAML nests lists or maps in [ ] or { } too deeply (more than ${YAML_LIMITS.flowDepth} levels, or more than ${YAML_LIMITS.flowOpeners} in all)`;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  for (const line of text.split('\n')) {
    const indentation = line.length - line.trimStart().length;
    if (indentation > YAML_LIMITS.indentation)
      return `The YAML is indented more than ${YAML_LIMITS.indentation} spaces deep`;
    const entries = /^(?:[-?][ \t]+)*/.exec(line.trimStart())![0].replace(/[ \t]/g, '').length;
    if (entries > YAML_LIMITS.compactEntries)
      return `The YAML opens more than ${YAML_LIMITS.compactEntries} list entries on one line`;
  }
  return null;
}

/** One YAML 1.2 document with unique keys, or the problems that stop it being read. */
export function readYaml(text: string): PubliccodeDocument | PubliccodeProblem[] {
  const tooDeep = nestingProblem(text);
  if (tooDeep) return fileProblem(`${tooDeep}; publiccode.yml never needs that`);
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, {
    version: '1.2',
    uniqueKeys: true,
    lineCounter: lines,
    prettyErrors: false,
  });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const broken = docs.flatMap((doc) =>
    doc.errors.map((error) => ({
      path: '',
      line: lines.linePos(error.pos[0]).line,
      message: `The YAML is broken: ${error.message.split('\n')[0]}`,
    })),
  );
  if (broken.length > 0) return broken;
  if (docs.length !== 1)
    return fileProblem(
      'The file holds more than one YAML document (---); publiccode.yml is one document',
    );
  const doc = docs[0]! as Document;
  try {
    const root = doc.toJS({ maxAliasCount: 50 }) as Json;
    return { root, lineOf: (path) => lineOf(doc, lines, path) };
  } catch (error) {
    return fileProblem(`The YAML could not be read: ${(error as Error).message}`);
  }
}

/** The line of the deepest key of `path` found in the file. */
function lineOf(doc: Document, lines: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const offset = findKeyNode(doc.contents, path.slice(0, depth));
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

/** The offset of the key of `path` in the YAML tree, so problems point at the key's line. */
function findKeyNode(contents: unknown, path: Path): number | undefined {
  let node: unknown = contents;
  let offset: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) return undefined;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: [number, number, number] } | undefined;
      if (!item) return undefined;
      offset = item.range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return offset;
}
