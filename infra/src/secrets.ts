import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LocalSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  /** The API's LGX_SECRET_KEY (encrypts TOTP and SSO secrets at rest). */
  appSecretKey: string;
}

/**
 * Secrets for the embedded services, generated once and kept (mode 0600) in
 * the data folder so that a restart opens the same database and index.
 */
export function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secrets.json');
  const stored: Partial<LocalSecrets> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  // Secrets added in later versions are generated once and kept with the rest.
  const secrets: LocalSecrets = {
    postgresPassword: stored.postgresPassword ?? randomBytes(18).toString('base64url'),
    meiliMasterKey: stored.meiliMasterKey ?? randomBytes(24).toString('base64url'),
    appSecretKey: stored.appSecretKey ?? randomBytes(32).toString('base64url'),
  };
  if (Object.keys(stored).length !== Object.keys(secrets).length) {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
