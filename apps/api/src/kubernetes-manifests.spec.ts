import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { type AppConfig, type ConfigError, loadConfig } from '@lgx/api/core/config';
import { HealthModule } from '@lgx/api/feature-health';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { parseAllDocuments } from 'yaml';

import { AppModule } from './app.module';

const DIR = path.resolve(__dirname, '../../../infra/deploy/k8s');

interface Probe {
  httpGet: { path: string; port: string | number };
  periodSeconds: number;
  failureThreshold: number;
}
interface Container {
  ports: { name: string; containerPort: number }[];
  envFrom: { configMapRef?: { name: string } }[];
  env: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  startupProbe: Probe;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = { kind: string; metadata: { name: string }; [key: string]: any };

/** Every document of every YAML file, failing on any parse error. */
function manifests(): Manifest[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8')).map((document) => {
        if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
        return document.toJS() as Manifest;
      }),
    );
}
const one = (kind: string) => {
  const found = manifests().filter((manifest) => manifest.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The GET routes of the API's health controller(s), as Nest maps them. */
function healthRoutes(): string[] {
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, HealthModule) ??
    []) as (new (...args: never[]) => object)[];
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = controller.prototype as Record<string, object>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => prototype[name]!)
      .filter((handler) => Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.GET)
      .map((handler) => `/${base}/${String(Reflect.getMetadata(PATH_METADATA, handler))}`)
      .map((route) => route.replace(/\/+/g, '/'));
  });
}

describe('the Kubernetes manifests (infra/deploy/k8s)', () => {
  const deployment = () => one('Deployment');
  const container = () => deployment()['spec'].template.spec.containers[0] as Container;
  const configMap = () => one('ConfigMap');

  it('parse, and are the Deployment, Service and ConfigMap kustomize applies', () => {
    expect(
      manifests()
        .map((manifest) => manifest.kind)
        .sort(),
    ).toEqual(['ConfigMap', 'Deployment', 'Kustomization', 'Service']);
    const files = readdirSync(DIR).filter(
      (file) => file.endsWith('.yaml') && file !== 'kustomization.yaml',
    );
    expect([...one('Kustomization')['resources']].sort()).toEqual(files.sort());
  });

  it('probe readiness on /health/ready and liveness on /health/live, routes the API serves', () => {
    const { readinessProbe, livenessProbe, startupProbe, ports } = container();
    expect(readinessProbe.httpGet.path).toBe('/health/ready');
    expect(livenessProbe.httpGet.path).toBe('/health/live');
    expect(startupProbe.httpGet.path).toBe('/health/live');
    const routes = healthRoutes();
    for (const probe of [readinessProbe, livenessProbe, startupProbe]) {
      expect(routes).toContain(probe.httpGet.path);
      expect(ports.map((port) => port.name)).toContain(probe.httpGet.port);
    }
    // And the app composes the module that serves them.
    expect(AppModule.register(configFromManifests()).imports).toContain(HealthModule);
  });

  it('listen on the port the ConfigMap gives the API, behind the Service', () => {
    const [port] = container().ports;
    expect(String(port!.containerPort)).toBe(configMap()['data'].PORT);
    const service = one('Service');
    expect(service['spec'].ports[0].targetPort).toBe(port!.name);
    expect(service['spec'].selector).toEqual(deployment()['spec'].template.metadata.labels);
    expect(deployment()['spec'].selector.matchLabels).toEqual(service['spec'].selector);
  });

  it('configure the API completely from the ConfigMap and the Secret, with no secret in the ConfigMap', () => {
    const { env, envFrom } = container();
    expect(envFrom).toEqual([{ configMapRef: { name: configMap().metadata.name } }]);
    const fromSecret = env.map((variable) => variable.valueFrom?.secretKeyRef);
    expect(new Set(fromSecret.map((ref) => ref?.name))).toEqual(new Set(['lgx-api-secrets']));
    expect(fromSecret.map((ref) => ref?.key)).toEqual(env.map((variable) => variable.name));
    for (const name of Object.keys(configMap()['data'])) expect(name).not.toMatch(SECRET_NAMES);
    for (const { name } of env) expect(name).toMatch(SECRET_NAMES);
    const config = configFromManifests();
    expect(config.environment).toBe('production');
    expect(config.http.port).toBe(Number(configMap()['data'].PORT));
    expect(config.storage.s3).toBeDefined();
  });

  it('give the drain its time: readiness fails inside the delay, and Kubernetes waits out the bound', () => {
    const config = configFromManifests();
    const { readinessProbe } = container();
    const noticed = readinessProbe.periodSeconds * readinessProbe.failureThreshold * 1000;
    expect(noticed).toBeLessThan(config.shutdown!.delayMs);
    expect(deployment()['spec'].template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      config.shutdown!.timeoutMs,
    );
    expect(deployment()['spec'].template.spec.containers[0].lifecycle?.preStop).toBeUndefined();
  });
});

/** Variables that carry a secret: credentials, keys, and URLs that hold a password. */
const SECRET_NAMES = /SECRET|KEY|PASSWORD|^DATABASE_URL$|^SMTP_URL$/;

/** A value of the right shape for each secret, as an operator would put in the Secret. */
const SAMPLE_SECRETS: Record<string, string> = {
  DATABASE_URL: 'postgres://lgx:password@postgres:5432/lgx',
  MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
  LGX_SECRET_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
  SMTP_URL: 'smtps://lgx:password@smtp.example.gov.uk:465',
};

/** The API's config from the ConfigMap and the Secret's keys alone; a missing variable fails here. */
function configFromManifests(): AppConfig {
  const data = one('ConfigMap')['data'] as Record<string, string>;
  const { env } = one('Deployment')['spec'].template.spec.containers[0] as Container;
  const secrets = Object.fromEntries(
    env.map(({ name }) => [name, SAMPLE_SECRETS[name] ?? `sample-${name.toLowerCase()}`]),
  );
  try {
    return loadConfig({ ...data, ...secrets });
  } catch (error) {
    throw new Error((error as ConfigError).message);
  }
}
