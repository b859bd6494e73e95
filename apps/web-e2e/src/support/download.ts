import { readFileSync } from 'node:fs';

import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** Clicks a download link and reads the file the browser saved. */
export async function download(
  page: Page,
  name: string | RegExp,
): Promise<{ file: Buffer; name: string }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  return { file: readFileSync(await saved.path()), name: saved.suggestedFilename() };
}

/** A downloaded Word file: checks it is a zip and gives the text of word/document.xml. */
export function wordDocumentXml(file: Buffer): string {
  if (file.subarray(0, 2).toString() !== 'PK') throw new Error('The .docx is not a zip file.');
  const xml = unzipSync(new Uint8Array(file))['word/document.xml'];
  if (!xml) throw new Error('The .docx has no word/document.xml.');
  return strFromU8(xml);
}
