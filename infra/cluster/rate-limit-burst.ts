import http from 'node:http';

/** The sign-on class's limit a minute at RATE_LIMIT_SCALE 1 (HTTP_RATE_LIMITS in libs/api/core/http). */
export const AUTH_LIMIT_PER_MINUTE = 60;

export interface BurstFigures {
  sent: number;
  /** Let through (the path does not exist: 404). */
  allowed: number;
  refused: number;
  other: Record<string, number>;
  /** The limit the refusals stated ("the limit is N a minute"). */
  statedLimit?: number;
}

/**
 * One client, from an address of its own (127.0.0.2), sends `count` requests
 * at once through nginx to a sign-on path, so they land on every process:
 * with the count shared, exactly one process's limit is let through.
 */
export async function burst(url: string, path: string, count: number): Promise<BurstFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 24, localAddress: '127.0.0.2' });
  const figures: BurstFigures = { sent: count, allowed: 0, refused: 0, other: {} };
  try {
    const answers = await Promise.all(
      Array.from({ length: count }, () => get(`${url}${path}`, agent)),
    );
    for (const { status, body } of answers) {
      if (status === 404) figures.allowed++;
      else if (status === 429) {
        figures.refused++;
        const stated = /the limit is ([\d,]+) a minute/.exec(body)?.[1];
        if (stated) figures.statedLimit = Number(stated.replace(/,/g, ''));
      } else figures.other[String(status)] = (figures.other[String(status)] ?? 0) + 1;
    }
  } finally {
    agent.destroy();
  }
  return figures;
}

function get(url: string, agent: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent, timeout: 20_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ status: 0, body: error.message }));
  });
}
