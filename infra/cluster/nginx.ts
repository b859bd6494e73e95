import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** The load balancer's configuration, shared with compose.yaml (decision 0068). */
export const NGINX_TEMPLATE = path.join(__dirname, '..', 'deploy', 'nginx', 'lgx.conf.template');

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it). */
export const NGINX_BINARY = '/usr/sbin/nginx';

/** The header the load test names its simulated clients in (trusted from loopback only). */
export const SIMULATED_CLIENT_HEADER = 'x-lgx-simulated-client';

/** The names a template uses: `${LGX_...}`; nginx's own `$variables` are left alone. */
export function templateNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\$\{(LGX_[A-Z0-9_]+)\}/g)].map((match) => match[1]!))];
}

/**
 * Fills in a template as the official nginx image does (envsubst, limited to
 * the names given): every `${LGX_...}` must have a value.
 */
export function renderTemplate(template: string, values: Record<string, string>): string {
  const missing = templateNames(template).filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new Error(`No value for ${missing.join(', ')} in the nginx template.`);
  return template.replace(/\$\{(LGX_[A-Z0-9_]+)\}/g, (_, name: string) => values[name]!);
}

/**
 * The whole nginx.conf of a local run around the rendered template: in the
 * foreground, files in `dir`, one worker (the machine is small), an access
 * log of which processes answered each request. The load test's simulated
 * clients are named by a header that only loopback may set (realip), so many
 * clients share this one machine; the template itself trusts no header.
 */
export function mainConfig(dir: string, serverConfig: string): string {
  const file = (name: string) => path.join(dir, name);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${file('nginx.pid')};`,
    `error_log ${file('error.log')} warn;`,
    'events { worker_connections 2048; }',
    'http {',
    `  client_body_temp_path ${file('client_body')};`,
    `  proxy_temp_path ${file('proxy')};`,
    `  fastcgi_temp_path ${file('fastcgi')};`,
    `  uwsgi_temp_path ${file('uwsgi')};`,
    `  scgi_temp_path ${file('scgi')};`,
    '  set_real_ip_from 127.0.0.1;',
    `  real_ip_header ${SIMULATED_CLIENT_HEADER};`,
    `  include ${serverConfig};`,
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  /** The access log: one line per request, with the processes tried. */
  accessLog: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Renders the template into `dir`, checks it with `nginx -t`, and runs nginx until stop(). */
export async function startNginx(options: {
  dir: string;
  port: number;
  apis: string[];
}): Promise<RunningNginx> {
  const { dir, port, apis } = options;
  if (!existsSync(NGINX_BINARY))
    throw new Error(
      `nginx is not installed (${NGINX_BINARY}): apt-get install nginx (Debian's package; .ci/run installs it).`,
    );
  mkdirSync(dir, { recursive: true });
  // Workers run as an unprivileged user when nginx starts as root.
  chmodSync(dir, 0o755);
  const serverConfig = path.join(dir, 'lgx.conf');
  writeFileSync(
    serverConfig,
    renderTemplate(readFileSync(NGINX_TEMPLATE, 'utf8'), {
      LGX_LISTEN: `127.0.0.1:${port}`,
      // One process: all three upstream lines name it.
      LGX_API_1: apis[0]!,
      LGX_API_2: apis[1] ?? apis[0]!,
      LGX_API_3: apis[2] ?? apis[0]!,
      LGX_ACCESS_LOG: path.join(dir, 'access.log'),
    }),
  );
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, mainConfig(dir, serverConfig));
  const args = ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config];
  await promisify(execFile)(NGINX_BINARY, [...args, '-t', '-q']).catch((error: Error) => {
    throw new Error(`nginx refused its configuration: ${error.message}`);
  });
  const child = spawn(NGINX_BINARY, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child);
  return {
    url,
    accessLog: path.join(dir, 'access.log'),
    process: child,
    stop: () => stopNginx(child),
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`nginx stopped at start (exit ${child.exitCode}).`);
    try {
      await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s.');
}

function stopNginx(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGQUIT: nginx's graceful shutdown.
    child.kill('SIGQUIT');
  });
}

/** One line of the access log: the status, method, path and every process tried. */
export interface ProxiedRequest {
  status: number;
  method: string;
  path: string;
  upstreams: string[];
}

/** The access log's lines (format `upstreams` of mainConfig). */
export function proxiedRequests(accessLog: string): ProxiedRequest[] {
  return accessLog.split('\n').flatMap((line) => {
    const match = /^(\d{3}) (\S+) (\S+) "([^"]*)"/.exec(line);
    if (!match) return [];
    // "$upstream_addr" lists every process tried, separated by ", " (or " : " across redirects).
    const upstreams = match[4]!.split(/\s*[,:]\s+/).filter((address) => address && address !== '-');
    return [{ status: Number(match[1]), method: match[2]!, path: match[3]!, upstreams }];
  });
}
