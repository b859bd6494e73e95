import path from 'node:path';

import type { AppConfig } from '@lgx/api/core/config';
import { type FileStorage, LocalFileStorage, S3FileStorage } from '@lgx/api/core/storage';
import { readDevEnvironment } from '@lgx/infra';

/** The file store LGX uses, from the same variables as the API: S3_BUCKET_URL, or STORAGE_DIR. */
export function storageFromEnvironment(env: NodeJS.ProcessEnv = process.env): {
  storage: FileStorage;
  kind: 'folder' | 's3';
} {
  const bucketUrl = env['S3_BUCKET_URL'];
  if (bucketUrl) {
    const accessKeyId = env['S3_ACCESS_KEY_ID'];
    const secretAccessKey = env['S3_SECRET_ACCESS_KEY'];
    if (!accessKeyId || !secretAccessKey)
      throw new Error(
        'S3_BUCKET_URL is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are needed.',
      );
    return {
      kind: 's3',
      storage: new S3FileStorage({
        bucketUrl: bucketUrl.replace(/\/+$/, ''),
        region: env['S3_REGION'] || 'eu-west-2',
        accessKeyId,
        secretAccessKey,
      }),
    };
  }
  const dir = path.resolve(
    env['STORAGE_DIR'] || path.join(readDevEnvironment(env).dataDir, 'attachments'),
  );
  return {
    kind: 'folder',
    storage: new LocalFileStorage({ storage: { dir } } as AppConfig),
  };
}

/** `--name value` from the arguments, and the arguments left. */
export function takeOption(args: string[], name: string): [string | undefined, string[]] {
  const at = args.indexOf(name);
  if (at < 0) return [undefined, args];
  return [args[at + 1], [...args.slice(0, at), ...args.slice(at + 2)]];
}
