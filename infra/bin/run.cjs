#!/usr/bin/env node
// Runs a TypeScript entry point on Node through @swc-node/register, with the
// workspace's path aliases. Usage: node infra/bin/run.cjs path/to/file.ts [args...]
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.runtime.json');
require('@swc-node/register');

const entry = process.argv[2];
if (!entry) {
  console.error('Usage: node infra/bin/run.cjs <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(2, 1);
require(path.resolve(root, entry));
