import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const WEB = join(__dirname, '../../..');
const REPOSITORY = join(WEB, '../..');
const SOURCES = [WEB, join(REPOSITORY, 'apps/web/src')];

/** Every component source under a folder: .tsx, not a spec, not generated. */
function componentSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'generated'].includes(entry.name) ? [] : componentSources(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.spec.') ? [path] : [];
  });
}

// A hand-written table forgets what Table gives every table: the scroll box that keeps a phone's
// page from scrolling sideways, the caption, the header scopes.
describe('Table', () => {
  it('is the only place the web writes <table> markup', () => {
    const files = SOURCES.flatMap(componentSources);
    expect(files.length).toBeGreaterThan(100);
    const handWritten = files
      .filter((file) => /<table[\s>]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPOSITORY, file));
    expect(handWritten).toEqual(['libs/web/ui/src/components/table.tsx']);
  });
});
