/** Migrations, loaded from this app's migrations folder in timestamp order. */
export const MIGRATIONS = [`${__dirname}/migrations/*.ts`];
