import http from 'node:http';

import type { INestApplication } from '@nestjs/common';

import { GracefulShutdown } from './graceful-shutdown';

/** An app whose server listens, recording what happens when. */
async function fakeApp(events: string[]) {
  const server = http.createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.once('close', () => events.push('server closed'));
  const app = {
    getHttpServer: () => server,
    close: async () => {
      events.push(`app.close (server listening: ${server.listening})`);
    },
  };
  return { app: app as unknown as INestApplication, server };
}

describe('GracefulShutdown.drain', () => {
  it('is draining at once, closes the server only after the delay, and the app after the server', async () => {
    const events: string[] = [];
    const { app } = await fakeApp(events);
    const shutdown = new GracefulShutdown();
    expect(shutdown.draining).toBe(false);

    const started = Date.now();
    const drained = shutdown.drain(app, 'SIGTERM', { delayMs: 300, timeoutMs: 5_000 });
    expect(shutdown.draining).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(events).toEqual([]);
    await drained;
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(events).toEqual(['server closed', 'app.close (server listening: false)']);
  });

  it('keeps listening to signals until the app is closed by its owner, and not after', () => {
    const shutdown = new GracefulShutdown();
    const before = process.listenerCount('SIGTERM');
    shutdown.handleSignals(
      { getHttpServer: () => http.createServer() } as unknown as INestApplication,
      { delayMs: 0, timeoutMs: 1_000 },
      () => undefined,
    );
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    expect(process.listenerCount('SIGINT')).toBeGreaterThan(0);
    shutdown.onApplicationShutdown();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
