import path from 'node:path';

/**
 * 104 real Contracts Finder releases as published, mistakes included (see
 * README.md): the sample `npm start` loads, and the tests' shared sample.
 */
export const CONTRACTS_SAMPLE_FILE = path.join(__dirname, 'release-package.json');
