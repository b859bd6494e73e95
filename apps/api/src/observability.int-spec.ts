import { Writable } from 'node:stream';

import { RequestMetrics } from '@lgx/api/core/http';
import { bootTestApp, signedIn, type TestApp } from '@lgx/api/testing';
import { Controller, Get, Logger, Module } from '@nestjs/common';

import { createApp } from './bootstrap';

/** A route that logs through Nest's Logger, as the features do, from inside a request. */
@Controller('log-probe')
class LogProbeController {
  private readonly logger = new Logger('LogProbe');

  @Get()
  probe(): string {
    this.logger.warn('probe inside a request');
    return 'ok';
  }
}

@Module({ controllers: [LogProbeController] })
class LogProbeModule {}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;

describe('logs and metrics (Watch it)', () => {
  let harness: TestApp;
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, {
        logger: ['error', 'warn', 'log'],
        logStream,
        importCouncils: false,
        imports: [LogProbeModule],
        http: { rateLimit: { limit: 30 } },
      }),
    );
  });

  afterAll(() => harness?.close());

  beforeEach(() => lines.splice(0));

  it('writes JSON lines, each line of a request carrying the id it answers with', async () => {
    const response = await harness.http().get('/log-probe').expect(200);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const mine = logged().filter((line) => line.requestId === requestId);
    expect(mine).toContainEqual(
      expect.objectContaining({ context: 'LogProbe', msg: 'probe inside a request', level: 40 }),
    );
    expect(mine).toContainEqual(
      expect.objectContaining({ msg: 'request completed', res: { statusCode: 200 } }),
    );
  });

  it('keeps a sane incoming X-Request-Id, so a proxy can follow a request through', async () => {
    const response = await harness.http().get('/log-probe').set('X-Request-Id', 'proxy-1234abcd');
    expect(response.headers['x-request-id']).toBe('proxy-1234abcd');
    expect(logged().filter((line) => line.requestId === 'proxy-1234abcd').length).toBe(2);
  });

  it('never logs a password, a session cookie or a token in a query string', async () => {
    const person = await signedIn(harness);
    const password = 'correct horse battery staple 42';
    const sessionToken = person.cookie.split('=')[1] as string;
    await harness
      .http()
      .post('/graphql?token=secret-link-token')
      .set('content-type', 'application/json')
      .set('cookie', person.cookie)
      .set('authorization', 'Bearer bearer-secret-value')
      .send({ query: SIGN_IN, variables: { email: person.email, password } });
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [password, sessionToken, 'bearer-secret-value', 'secret-link-token'])
      expect(text).not.toContain(secret);
    expect(logged()).toContainEqual(
      expect.objectContaining({
        req: expect.objectContaining({ method: 'POST', url: '/graphql?token=[redacted]' }),
      }),
    );
  });

  it('serves request and operation histograms on /metrics with bounded labels', async () => {
    const person = await signedIn(harness);
    await person.graphql(`query FrontDoorProbe { __typename }`);
    await harness.graphql(`query { nope }`);
    await harness.http().get(`/feeds/case-studies/${person.accountId}.atom`);
    const metrics = (await harness.http().get('/metrics').expect(200)).text;
    expect(metrics).toMatch(
      /^lgx_graphql_operation_duration_seconds_count\{operation="FrontDoorProbe",type="query",outcome="success"\} 1$/m,
    );
    expect(metrics).toMatch(
      /^lgx_graphql_operation_duration_seconds_count\{operation="invalid",type="invalid",outcome="error"\} 1$/m,
    );
    expect(metrics).toMatch(
      /^lgx_http_request_duration_seconds_bucket\{le="[^"]+",method="POST",route="\/graphql",status="200"\} \d+$/m,
    );
    expect(metrics).toMatch(/^lgx_db_pool_connections [1-9]\d*$/m);
    expect(metrics).toMatch(/^lgx_db_pool_waiting 0$/m);
    expect(metrics).toMatch(/^process_cpu_user_seconds_total \S+$/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds \S+$/m);
    // Requests refused before any route (here, over the rate limit) are counted too.
    for (let n = 0; n < 30; n++) await harness.http().get('/log-probe');
    // /metrics is over the limit too now: read the same text from its source.
    const limited = await harness.app.get(RequestMetrics).registry.metrics();
    expect(limited).toMatch(
      /^lgx_http_request_duration_seconds_count\{method="GET",route="unmatched",status="429"\} \d+$/m,
    );
    // Existing series are still there.
    expect(metrics).toMatch(/^lgx_search_outbox_lag_seconds \d+/m);
    // No label holds an id: no UUIDs, no raw paths with values in them.
    const labels = metrics.match(/\{[^}]*\}/g) ?? [];
    for (const set of labels) expect(set).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
