import type { PubliccodeProblem, PubliccodeVerdict } from './publiccode-parser';
import { LATEST_VERSION } from './publiccode-versions';

const where = (problem: PubliccodeProblem) =>
  `${problem.line ? `line ${problem.line}, ` : ''}${problem.path || '(file)'}`;

const versionText = (version: string | null) =>
  version === '0'
    ? ` (version "0": the latest 0.x, checked as ${LATEST_VERSION})`
    : version
      ? ` (version ${version})`
      : '';

/** The verdict as lines of text for a terminal: the result, then every error and warning. */
export function formatVerdict(file: string, verdict: PubliccodeVerdict): string {
  const count = verdict.errors.length;
  const lines = [
    verdict.valid
      ? `${file}: valid publiccode.yml${versionText(verdict.version)}`
      : `${file}: INVALID publiccode.yml, ${count} ${count === 1 ? 'error' : 'errors'}`,
    ...verdict.errors.map((problem) => `  error    ${where(problem)}: ${problem.message}`),
    ...verdict.warnings.map((problem) => `  warning  ${where(problem)}: ${problem.message}`),
  ];
  const component = verdict.component;
  if (component) {
    lines.push(
      `  imports as "${component.name}": ${component.licence}, maturity ${component.maturity.toLowerCase()}, ${component.repositoryUrl}`,
    );
    if (component.organisation) lines.push(`  published by ${component.organisation.name}`);
  }
  return lines.join('\n');
}
