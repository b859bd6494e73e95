import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import express from 'express';
import request from 'supertest';

import { serveWebApp } from './serve-web-app';

describe('serveWebApp', () => {
  let dir: string;
  let app: express.Express;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lgx-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>LGX shell</title>');
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1);');
    writeFileSync(path.join(dir, 'assets', 'index-B_yt8oME.js'), 'console.log(2);');
    writeFileSync(path.join(dir, 'assets', 'index-abc.js.map'), '{"sources":["secret.ts"]}');
    writeFileSync(path.join(dir, 'assets', 'index-abc.css.MAP'), '{"sources":["secret.scss"]}');
    writeFileSync(path.join(dir, '.env'), 'SECRET=1');
    // Each copy says which it is, so a test sees which file was sent.
    const withCopies = (file: string, text: string) => {
      writeFileSync(path.join(dir, file), text);
      writeFileSync(path.join(dir, `${file}.br`), brotliCompressSync(`${text} /* br */`));
      writeFileSync(path.join(dir, `${file}.gz`), gzipSync(`${text} /* gz */`));
    };
    withCopies('assets/main-Ck3dF9aQ.js', 'console.log(3);');
    withCopies('assets/main-Ck3dF9aQ.css', 'body{}');
    withCopies('assets/method-CYVf4nCW.md', '# Method');
    withCopies('favicon.svg', '<svg/>');
    writeFileSync(path.join(dir, 'assets', 'only-gz-Dd93kLq0.js'), 'console.log(4);');
    writeFileSync(path.join(dir, 'assets', 'only-gz-Dd93kLq0.js.gz'), gzipSync('gz only'));
    writeFileSync(
      path.join(dir, 'index.html.br'),
      brotliCompressSync('<title>LGX shell br</title>'),
    );
    writeFileSync(
      path.join(dir, 'assets', 'main-Ck3dF9aQ.js.map.br'),
      brotliCompressSync('{"sources":[]}'),
    );
    writeFileSync(path.join(dir, 'assets', 'main-Ck3dF9aQ.js.map.gz'), gzipSync('{"sources":[]}'));
    mkdirSync(path.join(dir, '.well-known'));
    writeFileSync(path.join(dir, '.well-known', 'security.txt'), 'Contact: mailto:x@lgx.test');
    app = express();
    serveWebApp(app, dir);
    app.use((_request, response) => {
      response.status(404).send('not found');
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the app files and index.html for client-side routes', async () => {
    const script = await request(app).get('/assets/index-abc.js').expect(200);
    expect(script.text).toBe('console.log(1);');
    const page = await request(app).get('/councils/DER').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('LGX shell');
    const wellKnown = await request(app).get('/.well-known/security.txt').expect(200);
    expect(wellKnown.text).toContain('Contact:');
  });

  it.each([
    '/assets/index-abc.js.map',
    '/assets/index-abc.css.MAP',
    '/assets/index-abc.js%2Emap',
    '/assets/index-abc.js%2emap',
    '/.env',
    '/%2Eenv',
    '/.well-known/../.env',
    '/assets/.well-known/x',
    '/assets/main-Ck3dF9aQ.js.map.br',
    '/assets/main-Ck3dF9aQ.js.map.gz',
  ])('never serves %s', async (url) => {
    const asFile = await request(app).get(url).set('accept', '*/*');
    expect(asFile.text).not.toContain('sources');
    expect(asFile.text).not.toContain('SECRET');
    const asPage = await request(app).get(url).set('accept', 'application/json');
    expect(asPage.status).toBe(404);
  });

  it('leaves API paths to the API', async () => {
    await request(app).get('/graphql').set('accept', 'text/html').expect(404);
    await request(app).get('/attachments/1/plan.map').set('accept', 'text/html').expect(404);
  });

  it('lets browsers keep files named after their content for a year, and others for an hour', async () => {
    const hashed = await request(app).get('/assets/index-B_yt8oME.js').expect(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await request(app).get('/assets/index-abc.js').expect(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=3600');
    const page = await request(app).get('/councils').set('accept', 'text/html').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  describe('files compressed by the build', () => {
    it.each([
      ['br', 'br', 'console.log(3); /* br */'],
      ['gzip, deflate, br', 'br', 'console.log(3); /* br */'],
      ['gzip', 'gzip', 'console.log(3); /* gz */'],
      ['br;q=0.5, gzip', 'gzip', 'console.log(3); /* gz */'],
      ['br;q=0, gzip;q=0.2', 'gzip', 'console.log(3); /* gz */'],
      ['gzip, deflate, br, zstd', 'br', 'console.log(3); /* br */'],
      ['*', 'br', 'console.log(3); /* br */'],
      ['GZIP;Q=0.9, *;q=0.1', 'gzip', 'console.log(3); /* gz */'],
    ])('sends the copy a client accepting %p prefers (%s)', async (accept, encoding, text) => {
      const script = await request(app)
        .get('/assets/main-Ck3dF9aQ.js')
        .set('accept-encoding', accept)
        .expect(200);
      expect(script.headers['content-encoding']).toBe(encoding);
      expect(script.text).toBe(text);
      expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(script.headers['vary']).toMatch(/accept-encoding/i);
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(script.headers['content-length'])).toBeGreaterThan(0);
    });

    it.each(['identity', 'deflate', 'br;q=0, gzip;q=0', '', 'identity, br;q=0.5', '*;q=0'])(
      'sends the file as it is to a client accepting %p, still saying it varies',
      async (accept) => {
        const script = await request(app)
          .get('/assets/main-Ck3dF9aQ.js')
          .set('accept-encoding', accept)
          .expect(200);
        expect(script.headers['content-encoding']).toBeUndefined();
        expect(script.text).toBe('console.log(3);');
        expect(script.headers['vary']).toMatch(/accept-encoding/i);
        expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      },
    );

    it.each([
      ['/assets/main-Ck3dF9aQ.css', 'text/css; charset=utf-8', 'body{} /* br */'],
      ['/assets/method-CYVf4nCW.md', 'text/markdown; charset=utf-8', '# Method /* br */'],
      ['/favicon.svg', 'image/svg+xml', '<svg/> /* br */'],
    ])('keeps the Content-Type of %s', async (url, type, text) => {
      const file = await request(app)
        .get(url)
        .set('accept-encoding', 'br')
        .buffer(true)
        .parse((response, done) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => done(null, body));
        })
        .expect(200);
      expect(file.headers['content-type']).toBe(type);
      expect(file.body).toBe(text);
    });

    it('falls back to the copy that exists', async () => {
      const script = await request(app)
        .get('/assets/only-gz-Dd93kLq0.js')
        .set('accept-encoding', 'br, gzip')
        .expect(200);
      expect(script.headers['content-encoding']).toBe('gzip');
      expect(script.text).toBe('gz only');
    });

    it('answers HEAD with the headers of the copy and no body', async () => {
      const head = await request(app)
        .head('/assets/main-Ck3dF9aQ.js')
        .set('accept-encoding', 'br')
        .expect(200);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.headers['content-type']).toBe('text/javascript; charset=utf-8');
    });

    it('sends index.html compressed for a client-side route, and never lets it be cached unasked', async () => {
      const page = await request(app)
        .get('/sector-map')
        .set('accept', 'text/html')
        .set('accept-encoding', 'br')
        .expect(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.text).toContain('LGX shell br');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      const direct = await request(app).get('/index.html').set('accept-encoding', 'br').expect(200);
      expect(direct.headers['cache-control']).toBe('no-cache');
      const plain = await request(app).get('/index.html').set('accept-encoding', 'identity');
      expect(plain.headers['cache-control']).toBe('no-cache');
      expect(plain.text).toContain('LGX shell');
    });
  });

  it('refuses a folder with no index.html', () => {
    expect(() => serveWebApp(express(), tmpdir())).toThrow(/no index.html/);
  });
});
