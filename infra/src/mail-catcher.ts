import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import { SMTPServer } from 'smtp-server';

import type { RunningService } from './embedded-postgres';

export interface MailCatcherOptions {
  /** Folder the caught messages are written to, one .eml file each; created if missing. */
  dir: string;
  port: number;
}

/** Largest message the catcher accepts; our mails are a few kilobytes. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** A file name that sorts by arrival and never collides: `<timestamp>-<random>.eml`. */
function messageFileName(): string {
  return `${Date.now()}-${randomBytes(4).toString('hex')}.eml`;
}

/**
 * Starts a local SMTP server that accepts every message, without
 * authentication or TLS, on 127.0.0.1 only, and keeps each one as an .eml
 * file in `dir`: the dev mailbox reads them from there.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<RunningService> {
  const { dir, port } = options;
  mkdirSync(dir, { recursive: true });

  const server = new SMTPServer({
    name: 'lgx-mail-catcher',
    banner: 'LGX local mail catcher: nothing leaves this machine',
    // Loopback only and nothing to protect, so no AUTH; no STARTTLS either,
    // as clients would try it opportunistically and refuse a self-signed cert.
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    rejectOversized: true,
    logger: false,
    closeTimeout: 2_000,
    onData(stream, _session, callback) {
      const name = messageFileName();
      // Written under a temporary name and renamed whole, so a reader never sees half a message.
      const partial = path.join(dir, `${name}.part`);
      pipeline(stream, createWriteStream(partial, { mode: 0o600 }))
        .then(async () => {
          if (stream.sizeExceeded) {
            await rm(partial, { force: true });
            callback(new Error('Message is larger than the catcher accepts (10 MB)'));
            return;
          }
          await rename(partial, path.join(dir, name));
          callback();
        })
        .catch(async (error: unknown) => {
          await rm(partial, { force: true });
          callback(error instanceof Error ? error : new Error(String(error)));
        });
    },
  });

  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.removeListener('error', failed);
      resolve();
    });
  });
  // After start-up a broken client connection must not crash the process that hosts us.
  server.on('error', () => undefined);

  let stopped: Promise<void> | undefined;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => (stopped ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
