import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DevConfigError, readDevEnvironment } from './dev-environment';

describe('readDevEnvironment: LGX_SEARCH_WAIT_SECONDS', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-dev-env-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const read = (value?: string) =>
    readDevEnvironment({ LGX_DATA_DIR: dataDir, LGX_SEARCH_WAIT_SECONDS: value });

  it('waits 60 s for the first search build by default, or as long as set (0: not at all)', () => {
    expect(read().searchWaitSeconds).toBe(60);
    expect(read('0').searchWaitSeconds).toBe(0);
    expect(read(' 120 ').searchWaitSeconds).toBe(120);
  });

  it('refuses a value that is not a whole number of seconds, naming the variable', () => {
    for (const bad of ['-1', '1.5', 'soon', '99999'])
      expect(() => read(bad)).toThrow(
        new DevConfigError(
          `LGX_SEARCH_WAIT_SECONDS must be a whole number of seconds from 0 to 3600 (got "${bad}").`,
        ),
      );
  });
});
