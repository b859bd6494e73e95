import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';

import { createKeepAliveHttpClient } from './keep-alive-http-client';

/** Owns the Meilisearch client and its connections. */
@Injectable()
export class SearchClient implements OnApplicationShutdown {
  readonly meili: Meilisearch;
  readonly indexPrefix: string;
  private readonly http = createKeepAliveHttpClient();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.indexPrefix = config.search.indexPrefix;
    this.meili = new Meilisearch({
      host: config.search.url,
      apiKey: config.search.masterKey,
      httpClient: this.http,
      timeout: 5_000,
    });
  }

  /** The full Meilisearch index name for one of ours (e.g. "councils"). */
  indexName(name: string): string {
    return `${this.indexPrefix}${name}`;
  }

  /** Resolves when Meilisearch answers its health check within the time limit. */
  async ping(timeoutMs = 1_000): Promise<void> {
    await Promise.race([
      this.meili.health(),
      new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
      ),
    ]);
  }

  onApplicationShutdown(): void {
    this.http.destroy();
  }
}

/**
 * Meilisearch's error code (e.g. "index_not_found") of a failed call. With a
 * custom HTTP client the JS client wraps API errors in a request error, so
 * the code is looked for along the chain of causes.
 */
export function meiliErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const cause = (current as { cause?: unknown }).cause;
    if (
      cause &&
      typeof cause === 'object' &&
      typeof (cause as { code?: unknown }).code === 'string'
    ) {
      return (cause as { code: string }).code;
    }
    current = cause;
  }
  return undefined;
}
