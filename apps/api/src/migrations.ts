import path from 'node:path';

/**
 * Migrations, loaded from this app's migrations folder in timestamp order:
 * the .ts files from source, the .js files from the release build.
 */
export const MIGRATIONS = [`${__dirname}/migrations/*${path.extname(__filename)}`];
