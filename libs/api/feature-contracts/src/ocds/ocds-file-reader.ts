import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

import { parser } from 'stream-json';
import Assembler from 'stream-json/assembler.js';

import { detectOcdsFileFormat } from './ocds-file-format';
import type { OcdsObject } from './ocds-merge';

/**
 * One thing read from a file: a release with where it stands in the file
 * (a JSON pointer such as /releases/12, or "line 5"), or what could not be read there.
 */
export type OcdsFileItem =
  | { position: string; release: unknown; problem?: undefined }
  | { position: string; problem: string; release?: undefined };

/** The whole file cannot be read (missing, not JSON, no releases or records). */
export class OcdsFileError extends Error {}

/** What stopped a file: the system's reason (ENOENT, EISDIR...) or the parser's. */
function fileFault(error: unknown, otherwise: string): OcdsFileError {
  if (error instanceof OcdsFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return new OcdsFileError(`cannot be read (${code})`);
  return new OcdsFileError(`${otherwise}: ${(error as Error).message}`);
}

function isObject(value: unknown): value is OcdsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pointer inside what stands at a position: "/records/2" + "/releases/0", "line 3" + " /releases/0". */
function within(position: string, pointer: string): string {
  return position.includes('/') ? `${position}${pointer}` : `${position} ${pointer}`;
}

/** A linked release in a record is a reference ({url, date, tag}), not the release itself. */
function isEmbeddedRelease(value: unknown): boolean {
  return isObject(value) && !(typeof value['url'] === 'string' && value['id'] === undefined);
}

/** The releases of one record: its embedded releases, or else its compiled release. */
function* recordReleases(record: unknown, position: string): Generator<OcdsFileItem> {
  if (!isObject(record)) {
    yield { position, problem: 'a record must be a JSON object' };
    return;
  }
  const releases = Array.isArray(record['releases']) ? record['releases'] : [];
  let embedded = 0;
  for (const [index, release] of releases.entries()) {
    if (!isEmbeddedRelease(release)) continue;
    embedded++;
    yield { position: within(position, `/releases/${index}`), release };
  }
  if (embedded > 0) return;
  if (isObject(record['compiledRelease'])) {
    yield { position: within(position, '/compiledRelease'), release: record['compiledRelease'] };
    return;
  }
  yield {
    position,
    problem: 'the record holds only linked releases (url) and no compiledRelease: nothing to load',
  };
}

function* listItems(list: 'releases' | 'records', value: unknown, position: string) {
  if (list === 'records') yield* recordReleases(value, position);
  else yield { position, release: value } satisfies OcdsFileItem;
}

/** One JSON Lines value: a release, a record, or a whole package on one line. */
function* lineItems(value: unknown, position: string): Generator<OcdsFileItem> {
  if (isObject(value) && value['ocid'] === undefined) {
    for (const list of ['releases', 'records'] as const) {
      const items = value[list];
      if (!Array.isArray(items)) continue;
      for (const [index, item] of items.entries())
        yield* listItems(list, item, within(position, `/${list}/${index}`));
      return;
    }
  }
  const isRecord =
    isObject(value) && (Array.isArray(value['releases']) || isObject(value['compiledRelease']));
  yield* listItems(isRecord ? 'records' : 'releases', value, position);
}

async function* readLines(file: string): AsyncGenerator<OcdsFileItem> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!/\S/.test(line)) continue;
    let value: unknown;
    try {
      value = JSON.parse(number === 1 ? line.replace(/^\uFEFF/, '') : line);
    } catch (error) {
      yield { position: `line ${number}`, problem: `not JSON (${(error as Error).message})` };
      continue;
    }
    yield* lineItems(value, `line ${number}`);
  }
}

interface Token {
  name: string;
  value?: unknown;
}

/**
 * Streams the items of a release package ({releases: [...]}), a record package
 * ({records: [...]}) or a bare array of releases: one item in memory at a time.
 */
async function* readPackage(file: string): AsyncGenerator<OcdsFileItem> {
  const tokens = createReadStream(file).pipe(parser.asStream({ streamValues: false }));
  let depth = 0;
  let key: string | undefined;
  let list: 'releases' | 'records' | undefined;
  let listDepth = 0;
  let index = -1;
  let assembler: Assembler | undefined;
  let sawList = false;
  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (assembler) {
        assembler.consume(token as never);
        if (assembler.done) {
          yield* listItems(list!, assembler.current, `/${list}/${index}`);
          assembler = undefined;
        }
        continue;
      }
      if (list && depth === listDepth && token.name !== 'endArray') {
        index++;
        assembler = new Assembler();
        assembler.consume(token as never);
        if (assembler.done) {
          yield* listItems(list, assembler.current, `/${list}/${index}`);
          assembler = undefined;
        }
        continue;
      }
      if (token.name === 'keyValue' && depth === 1) key = String(token.value);
      else if (token.name === 'startObject' || token.name === 'startArray') {
        depth++;
        if (token.name === 'startArray' && depth === 1) [list, listDepth] = ['releases', 1];
        else if (
          token.name === 'startArray' &&
          depth === 2 &&
          (key === 'releases' || key === 'records')
        )
          [list, listDepth] = [key, 2];
        if (list && depth === listDepth) [sawList, index] = [true, -1];
      } else if (token.name === 'endObject' || token.name === 'endArray') {
        if (list && depth === listDepth) list = undefined;
        depth--;
      }
    }
  } catch (error) {
    throw fileFault(error, 'is not valid JSON');
  }
  if (!sawList)
    throw new OcdsFileError(
      'holds no "releases" or "records" array: expected an OCDS release package, record package or JSON Lines of releases',
    );
}

/**
 * Reads the releases of an OCDS 1.1 release package, record package or JSON
 * Lines file, streaming: memory stays flat whatever the file's size.
 */
export async function* readOcdsFile(file: string): AsyncGenerator<OcdsFileItem> {
  let format;
  try {
    format = await detectOcdsFileFormat(file);
  } catch (error) {
    throw fileFault(error, 'cannot be read');
  }
  if (format === 'package') {
    yield* readPackage(file);
    return;
  }
  try {
    yield* readLines(file);
  } catch (error) {
    throw fileFault(error, 'cannot be read');
  }
}
