import type { Server } from 'node:http';

const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections and resolves once every request in flight has
 * been answered. Keep-alive connections are closed as soon as they are idle,
 * including those whose response was still being written when the close began
 * (Node closes only the connections idle at that moment).
 */
export async function closeHttpServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  try {
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  } finally {
    clearInterval(sweep);
  }
}

/** From when `closing()` is true, every response says `Connection: close`, so clients do not reuse the connection. */
export function closeConnectionsWhen(server: Server, closing: () => boolean): void {
  server.prependListener('request', (_request, response) => {
    if (closing() && !response.headersSent) response.setHeader('Connection', 'close');
  });
}
