import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { signedIn } from '@lgx/api/testing';
import { freePort } from '@lgx/infra';
import request from 'supertest';

import { errorCode } from '../test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from '../test/identity-test-app';

/** Starts the test OpenID provider for one email it will vouch for. */
async function startProvider(
  env: Record<string, string>,
): Promise<{ issuer: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, '..', 'test', 'oidc-provider.mjs')],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('oidc-provider ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${output}`)));
  });
  return { issuer: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Plays the browser through the provider's login and consent pages; returns the app's callback URL. */
async function signOnAtProvider(authorizationUrl: string, callbackPrefix: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form?.toString(),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    form = undefined;
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location')!, url).toString();
      continue;
    }
    const html = await response.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`No form on ${url}: ${html.slice(0, 300)}`);
    form = new URLSearchParams();
    for (const [, name, value] of html.matchAll(
      /<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g,
    ))
      form.set(name!, value!);
    if (html.includes('name="login"')) {
      form.set('login', 'sam');
      form.set('password', 'anything');
    }
    url = new URL(action.replace(/&amp;/g, '&'), url).toString();
  }
  throw new Error('The sign-on did not come back to LGX');
}

describe('single sign-on with OpenID Connect', () => {
  let harness: IdentityTestApp;
  const providers: { stop: () => void }[] = [];

  beforeAll(async () => {
    harness = await bootIdentityApp();
    await harness.dataSource.query(
      `INSERT INTO council_domain (domain, council_code) VALUES ('stockport.gov.uk', 'SKP')`,
    );
  });
  afterAll(async () => {
    providers.forEach((provider) => provider.stop());
    await harness?.close();
  });

  async function configure(email: string, emailVerified = true) {
    const admin = await signedIn(harness, { platformRole: 'ADMIN' });
    const provider = await startProvider({
      CLIENT_ID: 'lgx',
      CLIENT_SECRET: 'a-client-secret-for-tests',
      REDIRECT_URI: `${harness.config.publicUrl}/auth/sso/callback`,
      EMAIL: email,
      EMAIL_VERIFIED: String(emailVerified),
    });
    providers.push(provider);
    const configured = await admin.graphql(
      `mutation($input: ConfigureSsoInput!) { configureSso(input: $input) { domain issuer redirectUri } }`,
      {
        input: {
          domain: 'stockport.gov.uk',
          issuer: provider.issuer,
          clientId: 'lgx',
          clientSecret: 'a-client-secret-for-tests',
        },
      },
    );
    expect(configured.errors).toBeUndefined();
    return admin;
  }

  /** Runs the whole redirect dance; returns the app's final response. */
  async function signOn(email: string) {
    const http = request(harness.app.getHttpServer());
    const start = await http.get(`/auth/sso/start?email=${encodeURIComponent(email)}`).expect(303);
    const callback = await signOnAtProvider(
      start.headers['location'],
      `${harness.config.publicUrl}/auth/sso/callback`,
    );
    const url = new URL(callback);
    return request(harness.app.getHttpServer()).get(`${url.pathname}${url.search}`);
  }

  it('signs a council officer on through their council provider', async () => {
    await configure('sam.sso@stockport.gov.uk');
    const done = await signOn('sam.sso@stockport.gov.uk');
    expect(done.status).toBe(303);
    expect(done.headers['location']).toBe('/');
    const cookie = ([] as string[])
      .concat(done.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('lgx_session='))!;
    expect(cookie).toBeDefined();
    const viewer = await request(harness.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie.split(';')[0]!)
      .send({
        query: '{ viewer { account { email name emailVerified } council { code } councilRole } }',
      });
    expect(viewer.body.data.viewer).toEqual({
      account: { email: 'sam.sso@stockport.gov.uk', name: 'Sam Sign-On', emailVerified: true },
      council: { code: 'SKP' },
      councilRole: 'OFFICER',
    });
    const [event] = await harness.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'sign-in' AND outcome = 'success' AND details->>'method' = 'sso'`,
    );
    expect(event.details.issuer).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('refuses an identity outside the provider domain', async () => {
    await configure('someone@elsewhere.gov.uk');
    const done = await signOn('someone@stockport.gov.uk');
    expect(done.headers['location']).toBe('/sign-in?sso=wrong-domain');
    expect(done.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an address the provider has not verified', async () => {
    await configure('unverified@stockport.gov.uk', false);
    const done = await signOn('unverified@stockport.gov.uk');
    expect(done.headers['location']).toBe('/sign-in?sso=wrong-domain');
  });

  it('refuses a replayed or forged callback', async () => {
    const forged = await request(harness.app.getHttpServer()).get(
      '/auth/sso/callback?code=abc&state=not-ours',
    );
    expect(forged.headers['location']).toBe('/sign-in?sso=expired');
  });

  it('says sign-on is unavailable for a domain without it', async () => {
    const response = await request(harness.app.getHttpServer()).get(
      '/auth/sso/start?email=x@derby.gov.uk',
    );
    expect(response.headers['location']).toBe('/sign-in?sso=unavailable');
  });

  it('lets only platform admins configure it, and never returns the secret', async () => {
    const officer = await signedIn(harness, { council: 'SKP' });
    const refused = await officer.graphql(`{ ssoProviders { domain } }`);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const admin = await signedIn(harness, { platformRole: 'ADMIN' });
    const listed = await admin.graphql(`{ ssoProviders { domain clientId redirectUri } }`);
    expect(JSON.stringify(listed)).not.toContain('a-client-secret-for-tests');
    const [stored] = await harness.dataSource.query(`SELECT client_secret FROM sso_provider`);
    expect(stored.client_secret).not.toContain('a-client-secret-for-tests');
    const bad = await admin.graphql(
      `mutation { configureSso(input: { domain: "stockport.gov.uk", issuer: "http://127.0.0.1:9/", clientId: "x", clientSecret: "y" }) { domain } }`,
    );
    expect(bad.errors?.[0]?.extensions?.['field']).toBe('issuer');
  });
});
