import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

  it('refuses a folder with no index.html', () => {
    expect(() => serveWebApp(express(), tmpdir())).toThrow(/no index.html/);
  });
});
