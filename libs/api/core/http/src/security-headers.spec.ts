import express from 'express';
import request from 'supertest';

import { securityHeaders } from './security-headers';

function app(environment: 'development' | 'production') {
  const server = express();
  server.use(securityHeaders({ environment }));
  server.get('/', (_req, res) => {
    res.send('<!doctype html><title>LGX</title>');
  });
  return server;
}

describe('securityHeaders', () => {
  it('sets the policy and headers, without X-Powered-By or HSTS outside production', async () => {
    const response = await request(app('development')).get('/').expect(200);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self' data:;connect-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'self';object-src 'none'",
    );
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS in production', async () => {
    const response = await request(app('production')).get('/').expect(200);
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
