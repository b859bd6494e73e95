import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { featureFiles, fileSize, firstRouteScripts, firstRouteStyles, total } from './web-size';

describe('web size', () => {
  let dir: string;
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-web-size-'));
    write(
      'index.html',
      `<script type="module" crossorigin src="/assets/index-AAAAAAAA.js"></script>
       <link rel="modulepreload" crossorigin href="/assets/shared-BBBBBBBB.js">
       <link rel="stylesheet" crossorigin href="/assets/index-CCCCCCCC.css">`,
    );
    write(
      'assets/index-AAAAAAAA.js',
      `import{a as e}from"./shared-BBBBBBBB.js";import"./side-DDDDDDDD.js";` +
        `const l=()=>import("./lazy-EEEEEEEE.js");export*from"./reexport-FFFFFFFF.js";`,
    );
    write(
      'assets/shared-BBBBBBBB.js',
      `import { b } from "./nested/deep-GGGGGGGG.js";export const a=1;`,
    );
    write(
      'assets/nested/deep-GGGGGGGG.js',
      `import{c}from"../shared-BBBBBBBB.js";export const b=2;`,
    );
    write('assets/side-DDDDDDDD.js', 'console.log("side");');
    write('assets/reexport-FFFFFFFF.js', 'export const r=3;');
    write(
      'assets/lazy-EEEEEEEE.js',
      `import{a}from"./shared-BBBBBBBB.js";import"./only-lazy-HHHHHHHH.js";`,
    );
    write('assets/only-lazy-HHHHHHHH.js', 'export const z=1;');
    write('assets/lazy-IIIIIIII.css', 'p{}');
    write('assets/index-CCCCCCCC.css', 'body{}');
    write(
      '.vite/manifest.json',
      JSON.stringify({
        'index.html': { file: 'assets/index-AAAAAAAA.js', imports: ['_shared.js'] },
        '_shared.js': { file: 'assets/shared-BBBBBBBB.js' },
        '_only-lazy.js': { file: 'assets/only-lazy-HHHHHHHH.js' },
        '../../libs/web/feature-x/src/index.ts': {
          file: 'assets/lazy-EEEEEEEE.js',
          imports: ['_shared.js', '_only-lazy.js'],
          css: ['assets/lazy-IIIIIIII.css'],
        },
      }),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the static imports of the entry and its preloads, not the lazy ones', () => {
    expect(firstRouteScripts(dir)).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/nested/deep-GGGGGGGG.js',
      'assets/reexport-FFFFFFFF.js',
      'assets/shared-BBBBBBBB.js',
      'assets/side-DDDDDDDD.js',
    ]);
    expect(firstRouteStyles(dir)).toEqual(['assets/index-CCCCCCCC.css']);
  });

  it("adds a feature's chunk, styles and imports the first route has not loaded", () => {
    const first = firstRouteScripts(dir);
    expect(featureFiles(dir, 'libs/web/feature-x/src/index.ts', first).sort()).toEqual([
      'assets/lazy-EEEEEEEE.js',
      'assets/lazy-IIIIIIII.css',
      'assets/only-lazy-HHHHHHHH.js',
    ]);
    expect(() => featureFiles(dir, 'libs/web/feature-y/src/index.ts', first)).toThrow(/no chunk/);
  });

  it('counts the copy the build compressed when there is one, else compresses', () => {
    const text = 'const x = "LGX";'.repeat(200);
    write('assets/copied-JJJJJJJJ.js', text);
    write('assets/copied-JJJJJJJJ.js.gz', Buffer.alloc(7));
    write('assets/plain-KKKKKKKK.js', text);
    expect(fileSize(dir, 'assets/copied-JJJJJJJJ.js').gzip).toBe(7);
    const plain = fileSize(dir, 'assets/plain-KKKKKKKK.js');
    expect(plain.raw).toBe(text.length);
    expect(plain.gzip).toBe(gzipSync(text, { level: 9 }).length);
    expect(plain.brotli).toBeGreaterThan(0);
    expect(plain.brotli).toBeLessThan(plain.raw);
    const both = total(dir, ['assets/plain-KKKKKKKK.js', 'assets/copied-JJJJJJJJ.js']);
    expect(both.gzip).toBe(plain.gzip + 7);
  });

  it('refuses an index.html that loads no module', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'lgx-web-size-empty-'));
    writeFileSync(path.join(empty, 'index.html'), '<p>no script</p>');
    expect(() => firstRouteScripts(empty)).toThrow(/no module script/);
    rmSync(empty, { recursive: true, force: true });
  });
});
