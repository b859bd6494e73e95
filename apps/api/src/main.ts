import { ConfigError, loadConfig, shutdownDefaults } from '@lgx/api/core/config';
import { GracefulShutdown } from '@lgx/api/core/http';

import { createApp } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`LGX API cannot start.\n${error.message}\nSee docs/configuration.md.`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  // SIGTERM drains: not ready, then no new connections, then the hooks, then exit (decision 0067).
  app
    .get(GracefulShutdown)
    .handleSignals(app, config.shutdown ?? shutdownDefaults(config.environment));
  await app.listen(config.http.port, config.http.host);
  // The dev runner waits for this line.
  console.log(`LGX API ready on http://${config.http.host}:${config.http.port}`);
}

main().catch((error: unknown) => {
  console.error('LGX API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
