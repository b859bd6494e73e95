import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parsePubliccode } from './publiccode-parser';
import { formatVerdict } from './publiccode-report';

const fixture = (name: string) =>
  readFileSync(join(__dirname, 'fixtures/standard', `${name}.publiccode.yml`), 'utf8');

describe('the publiccode.yml report for the terminal', () => {
  it('names "0" as the latest 0.x, and the publishing organisation', () => {
    const text = formatVerdict('publiccode.yml', parsePubliccode(fixture('0-full')));
    expect(text).toMatch(/^publiccode.yml: valid publiccode.yml \(version "0": the latest 0.x/);
    expect(text).toContain('published by Example Borough Council');
  });

  it('lists errors and warnings with their lines', () => {
    const file = fixture('0.4-minimal').replace(
      'developmentStatus: beta',
      'developmentStatus: done',
    );
    const text = formatVerdict('f.yml', parsePubliccode(file));
    expect(text).toMatch(/^f.yml: INVALID publiccode.yml, 1 error/);
    expect(text).toMatch(/error {4}line \d+, developmentStatus: "done" is not allowed/);
    expect(text).toMatch(/warning {2}line 2, publiccodeYmlVersion: 0.4 is an older version/);
  });
});
