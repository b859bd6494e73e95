// Probe: a test app's boot and close under Jest, as an integration file sees them
// (wall/CPU ms). Not matched by the integration run; run it alone with
//   npx jest -c jest.int.config.cjs -i --testMatch '**/probe-boot.jest.ts' apps/api/test/probe-boot.jest.ts
// (add `node --cpu-prof node_modules/.bin/jest ...` for a profile).
import { performance } from 'node:perf_hooks';

import { bootTestApp } from '@lgx/api/testing';

import { createApp } from '../src/bootstrap';

function timer() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${Math.round(performance.now() - wall)}/${Math.round((used.user + used.system) / 1000)}`;
  };
}

it('boots and closes test apps', async () => {
  let t = timer();
  const lines = ['(wall/cpu ms)'];
  for (let i = 0; i < 3; i++) {
    t = timer();
    const app = await bootTestApp((config) => createApp(config, { logger: false }));
    const boot = t();
    t = timer();
    await app.close();
    lines.push(`app ${i + 1}: boot ${boot}, close ${t()}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
});
