import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { closeConnectionsWhen, closeHttpServer } from './close-http-server';

/** A server whose /slow answers after 400 ms, keeping connections alive 10 s as Node may. */
async function startServer(): Promise<{ server: Server; port: number }> {
  const server = http.createServer((request, response) => {
    if (request.url === '/slow') setTimeout(() => response.end('slow done'), 400);
    else response.end('quick');
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(
  port: number,
  path: string,
  agent: http.Agent,
): Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, body, headers: response.headers }),
        );
      })
      .on('error', reject);
  });
}

describe('closeHttpServer', () => {
  const agents: http.Agent[] = [];
  const keepAlive = () => {
    const agent = new http.Agent({ keepAlive: true });
    agents.push(agent);
    return agent;
  };
  afterEach(() => agents.splice(0).forEach((agent) => agent.destroy()));

  it('answers the request in flight, then closes its kept-alive connection at once, and refuses new ones', async () => {
    const { server, port } = await startServer();
    // An idle kept-alive connection, and one busy with a slow request.
    expect((await get(port, '/', keepAlive())).body).toBe('quick');
    const slow = get(port, '/slow', keepAlive());
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = Date.now();
    const closed = closeHttpServer(server);
    await expect(get(port, '/', new http.Agent())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await slow).toMatchObject({ status: 200, body: 'slow done' });
    await closed;
    // Not the 10 s a kept-alive connection could otherwise hold the close for.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.listening).toBe(false);
  });

  it('resolves at once for a server that is not listening', async () => {
    await expect(closeHttpServer(http.createServer())).resolves.toBeUndefined();
  });
});

describe('closeConnectionsWhen', () => {
  it('asks clients to close the connection once closing, and not before', async () => {
    const { server, port } = await startServer();
    let closing = false;
    closeConnectionsWhen(server, () => closing);
    try {
      expect((await get(port, '/', new http.Agent({ keepAlive: true }))).headers.connection).toBe(
        'keep-alive',
      );
      closing = true;
      expect((await get(port, '/', new http.Agent({ keepAlive: true }))).headers.connection).toBe(
        'close',
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
