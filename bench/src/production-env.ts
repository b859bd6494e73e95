/**
 * Imported first: the API runs here as in production, and libraries read
 * NODE_ENV when they load (graphql-js skips its development-only checks,
 * Express caches), so it is set before any of them is.
 */
process.env['NODE_ENV'] = 'production';
