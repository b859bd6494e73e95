import { open } from 'node:fs/promises';
import path from 'node:path';

/** How a file holds its releases: one JSON document (a package), or one JSON value a line. */
export type OcdsFileFormat = 'package' | 'lines';

const LINE_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.jl', '.jsonlines']);
/** Enough to see the first line of any JSON Lines file of releases. */
const SNIFF_BYTES = 1024 * 1024;

/**
 * A JSON Lines file by its name, or by its content: its first line is a whole
 * JSON value and more follows. A pretty-printed package's first line ("{") is not.
 */
export async function detectOcdsFileFormat(file: string): Promise<OcdsFileFormat> {
  if (LINE_EXTENSIONS.has(path.extname(file).toLowerCase())) return 'lines';
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const start = head.search(/\S/);
    const end = start === -1 ? -1 : head.indexOf('\n', start);
    if (end === -1 || !/\S/.test(head.slice(end))) return 'package';
    try {
      JSON.parse(head.slice(start, end));
      return 'lines';
    } catch {
      return 'package';
    }
  } finally {
    await handle.close();
  }
}
