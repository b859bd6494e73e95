import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { NGINX_TEMPLATE, templateNames } from '../cluster/nginx';

const root = path.join(__dirname, '..', '..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  networks?: Record<string, { ipv4_address?: string }>;
}

const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const { services } = compose;
const apis = ['api1', 'api2', 'api3'].map((name) => ({ name, service: services[name]! }));

/** The paths the API answers under /health (its controller's routes). */
function healthRoutes(): string[] {
  const source = readFileSync(
    path.join(root, 'libs/api/feature-health/src/health.controller.ts'),
    'utf8',
  );
  const base = /@Controller\('([^']+)'\)/.exec(source)?.[1];
  return [...source.matchAll(/@Get\('([^']+)'\)/g)].map((match) => `/${base}/${match[1]}`);
}

const healthPath = (service: ComposeService) =>
  /http:\/\/127\.0\.0\.1:\d+(\/[^'")\s]*)/.exec(service.healthcheck?.test.join(' ') ?? '')?.[1];

describe('compose.yaml', () => {
  it('runs the official PostgreSQL, Meilisearch 1.21 and nginx images, and three APIs built from the Dockerfile', () => {
    expect(services['postgres']?.image).toMatch(/^postgres:\d+/);
    expect(services['meilisearch']?.image).toBe('getmeili/meilisearch:v1.21');
    expect(services['nginx']?.image).toMatch(/^nginx:/);
    for (const { service } of apis)
      expect(service.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
  });

  it('mounts the nginx template that the cluster run renders, with a value for each of its names', () => {
    const nginx = services['nginx']!;
    const mount = nginx.volumes?.find((volume) => volume.includes('/etc/nginx/templates/'));
    const [source, target] = mount!.split(':');
    expect(path.resolve(root, source!)).toBe(NGINX_TEMPLATE);
    // The image renders *.template into conf.d, replacing its own default server.
    expect(target).toBe('/etc/nginx/templates/default.conf.template');
    const names = templateNames(readFileSync(NGINX_TEMPLATE, 'utf8'));
    expect(names.sort()).toEqual([
      'LGX_ACCESS_LOG',
      'LGX_API_1',
      'LGX_API_2',
      'LGX_API_3',
      'LGX_LISTEN',
    ]);
    for (const name of names) expect(nginx.environment?.[name]).toBeTruthy();
    expect(nginx.environment?.['NGINX_ENVSUBST_FILTER']).toBe('^LGX_');
  });

  it('sends nginx to each API process on the port it listens on', () => {
    const upstreams = ['LGX_API_1', 'LGX_API_2', 'LGX_API_3'].map(
      (name) => services['nginx']!.environment![name],
    );
    expect(upstreams).toEqual(
      apis.map(({ name, service }) => `${name}:${service.environment!['PORT']}`),
    );
  });

  it('checks health on routes the API has: readiness for the APIs, liveness through nginx', () => {
    const routes = healthRoutes();
    expect(routes).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    for (const { service } of apis) expect(healthPath(service)).toBe('/health/ready');
    expect(routes).toContain(healthPath(services['nginx']!));
    for (const name of ['nginx', 'api1', 'api2', 'api3'])
      for (const dependency of Object.values(services[name]!.depends_on ?? {}))
        expect(dependency.condition).toBe('service_healthy');
  });

  it('lets the APIs believe X-Forwarded-For from nginx only', () => {
    const nginxAddress = services['nginx']!.networks?.['lgx']?.ipv4_address;
    expect(nginxAddress).toBeTruthy();
    for (const { service } of apis) expect(service.environment?.['TRUST_PROXY']).toBe(nginxAddress);
  });
});
