import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { fetchRemoteFile, isPublicAddress } from './remote-file';

describe('public addresses', () => {
  it.each(['8.8.8.8', '151.101.1.69', '2a00:1450:4009:81f::200e'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '224.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('fetching a remote file', () => {
  let server: Server;
  let base: string;
  const loopbackAllowed = { addressAllowed: () => true };

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ok') response.end('name: BOPS\n');
      else if (request.url === '/big') response.end('x'.repeat(5_000));
      else if (request.url === '/redirect') response.writeHead(302, { location: '/ok' }).end();
      else if (request.url === '/slow') setTimeout(() => response.end('late'), 2_000);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses loopback addresses, by IP and by a name that resolves to one', async () => {
    await expect(
      fetchRemoteFile(`${base}/ok`, { timeoutMs: 1_000, maxBytes: 1_000 }),
    ).rejects.toMatchObject({
      reason: 'NOT_ALLOWED',
    });
    const named = base.replace('127.0.0.1', 'localhost');
    await expect(
      fetchRemoteFile(`${named}/ok`, { timeoutMs: 1_000, maxBytes: 1_000 }),
    ).rejects.toMatchObject({
      reason: 'NOT_ALLOWED',
      message: expect.stringMatching(/private, loopback or link-local/),
    });
  });

  it('refuses other schemes', async () => {
    await expect(
      fetchRemoteFile('file:///etc/passwd', { timeoutMs: 1_000, maxBytes: 1_000 }),
    ).rejects.toMatchObject({
      reason: 'NOT_ALLOWED',
    });
  });

  it('fetches, follows a redirect, and enforces the size limit and the timeout', async () => {
    const options = { timeoutMs: 1_000, maxBytes: 1_000, ...loopbackAllowed };
    expect((await fetchRemoteFile(`${base}/ok`, options)).toString()).toBe('name: BOPS\n');
    expect((await fetchRemoteFile(`${base}/redirect`, options)).toString()).toBe('name: BOPS\n');
    await expect(fetchRemoteFile(`${base}/big`, options)).rejects.toMatchObject({
      reason: 'TOO_LARGE',
    });
    await expect(fetchRemoteFile(`${base}/missing`, options)).rejects.toMatchObject({
      reason: 'FAILED',
      message: expect.stringMatching(/404/),
    });
    await expect(
      fetchRemoteFile(`${base}/slow`, { ...options, timeoutMs: 200 }),
    ).rejects.toMatchObject({
      reason: 'TIMEOUT',
    });
  });
});
