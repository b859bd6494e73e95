import { readFileSync } from 'node:fs';

import {
  mainConfig,
  NGINX_TEMPLATE,
  proxiedRequests,
  renderTemplate,
  templateNames,
} from './nginx';

const template = readFileSync(NGINX_TEMPLATE, 'utf8');

describe('the nginx template', () => {
  const rendered = renderTemplate(template, {
    LGX_LISTEN: '127.0.0.1:8080',
    LGX_API_1: '127.0.0.1:3001',
    LGX_API_2: '127.0.0.1:3002',
    LGX_API_3: '127.0.0.1:3003',
    LGX_ACCESS_LOG: '/tmp/run/access.log',
  });

  it('fills in only its own names, leaving nginx variables alone', () => {
    expect(rendered).not.toMatch(/\$\{/);
    expect(rendered).toContain('server 127.0.0.1:3002 max_fails=1 fail_timeout=5s;');
    expect(rendered).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
  });

  it('refuses to render with a name missing', () => {
    expect(() => renderTemplate(template, { LGX_LISTEN: '8080' })).toThrow(
      'No value for LGX_API_1, LGX_API_2, LGX_API_3, LGX_ACCESS_LOG in the nginx template.',
    );
  });

  it('retries on another process only what is safe: errors, timeouts, 502 and 503, never non_idempotent', () => {
    expect(rendered).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(rendered).not.toMatch(/non_idempotent/);
    // Keep-alive to the processes needs HTTP/1.1 and no Connection: close.
    expect(rendered).toMatch(/keepalive \d+;/);
    expect(rendered).toContain('proxy_http_version 1.1;');
    expect(rendered).toContain('proxy_set_header Connection "";');
  });

  it('logs each request without its query string, whose GraphQL variables stay out of the log', () => {
    expect(rendered).toContain('access_log /tmp/run/access.log lgx;');
    const format = /log_format lgx ([^;]+);/.exec(rendered)?.[1] ?? '';
    expect(format).toMatch(
      /^'\$status \$request_method \$uri "\$upstream_addr" "\$upstream_status" /,
    );
    // $request and $request_uri carry the query string, $args and $query_string are it.
    expect(format).not.toMatch(/\$(request|request_uri|args|query_string)\b/);
    expect(format).toContain('$lgx_request_id');
  });

  it('keeps /metrics off the public side', () => {
    expect(rendered).toMatch(/location = \/metrics \{\s*return 404;/);
  });

  it('is wrapped for a local run in the foreground with its files in one folder', () => {
    const config = mainConfig('/tmp/run', '/tmp/run/lgx.conf');
    expect(config).toContain('daemon off;');
    expect(config).toContain('include /tmp/run/lgx.conf;');
    expect(config).toContain('set_real_ip_from 127.0.0.1;');
    expect(templateNames(config)).toEqual([]);
  });
});

describe('proxiedRequests', () => {
  it('reads which processes nginx tried for each request', () => {
    const log = [
      '200 GET /graphql "127.0.0.1:3001" "200"',
      '200 GET /graphql "127.0.0.1:3002, 127.0.0.1:3003" "502, 200"',
      '404 GET /metrics "-" "-"',
      '',
    ].join('\n');
    expect(proxiedRequests(log)).toEqual([
      { status: 200, method: 'GET', path: '/graphql', upstreams: ['127.0.0.1:3001'] },
      {
        status: 200,
        method: 'GET',
        path: '/graphql',
        upstreams: ['127.0.0.1:3002', '127.0.0.1:3003'],
      },
      { status: 404, method: 'GET', path: '/metrics', upstreams: [] },
    ]);
  });
});
