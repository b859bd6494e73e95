import { get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import express from 'express';

import { responseCompression } from './response-compression';

const script = 'export const councils = ["Derby", "Nottingham", "Stockport"];\n'.repeat(200);

/** The raw bytes and encoding of an answer, as sent on the wire (no client decompresses them). */
function fetchRaw(server: Server, path: string, acceptEncoding: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    get({ port, path, headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('responseCompression', () => {
  let server: Server;

  beforeAll(async () => {
    const app = express();
    app.use(responseCompression());
    app.get('/big.js', (_request, response) => response.type('js').send(script));
    app.get('/small.json', (_request, response) => response.json({ ok: true }));
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends Brotli to a browser that accepts it, and the body is the same once opened', async () => {
    const { encoding, body } = await fetchRaw(server, '/big.js', 'gzip, deflate, br');
    expect(encoding).toBe('br');
    expect(body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip for a client without Brotli', async () => {
    const { encoding, body } = await fetchRaw(server, '/big.js', 'gzip');
    expect(encoding).toBe('gzip');
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('leaves small answers, and clients that ask for no compression, alone', async () => {
    const small = await fetchRaw(server, '/small.json', 'br');
    expect(small.encoding).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ ok: true });
    const plain = await fetchRaw(server, '/big.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });
});
