/**
 * A process that sends one digest and is killed while sending it, for
 * email-digest-killed.int-spec.ts (node infra/bin/run.cjs this file). Its
 * config comes whole from LGX_CHILD_CONFIG (the parent's test database and
 * indexes, and an SMTP server that never answers), the job from LGX_DIGEST_JOB.
 */
import 'reflect-metadata';

import type { AppConfig } from '@lgx/api/core/config';
import { type DigestJob, DigestService } from '@lgx/api/feature-notifications';
import { createFeatureApp } from '@lgx/api/testing';

import { FEATURES } from '../notifications-test-app';

async function main(): Promise<void> {
  const raw = JSON.parse(process.env['LGX_CHILD_CONFIG']!) as AppConfig & { secretKey: string };
  const config: AppConfig = { ...raw, secretKey: Buffer.from(raw.secretKey, 'base64url') };
  const app = await createFeatureApp(config, FEATURES);
  process.stdout.write('ready\n');
  await app.get(DigestService).send(JSON.parse(process.env['LGX_DIGEST_JOB']!) as DigestJob);
  process.stdout.write('sent\n');
}

void main();
