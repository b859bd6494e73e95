/**
 * A worker process for the queue's tests (node infra/bin/run.cjs this file):
 * the probe app on DATABASE_URL. With LGX_PROBE_HANG set, a `probe.digest`
 * job stops for ever at that stage, for the test to kill the process there.
 */
import 'reflect-metadata';

import { loadConfig } from '@lgx/api/core/config';

import { createProbeApp } from './probe-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await createProbeApp({ ...config, jobs: { ...config.jobs!, pollIntervalMs: 200 } }, 'child');
  process.stdout.write('ready\n');
}

void main();
