// Stands in for Vite's `?url` imports in Jest: a URL string, as Vite gives.
module.exports = '/assets/stub';
