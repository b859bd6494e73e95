import type { PubliccodeProblem, PubliccodeVerdict } from './publiccode-parser';

const where = (problem: PubliccodeProblem) =>
  `${problem.line ? `line ${problem.line}, ` : ''}${problem.path || '(file)'}`;

/** The verdict as lines of text for a terminal: the result, then every error and warning. */
export function formatVerdict(file: string, verdict: PubliccodeVerdict): string {
  const lines = [
    verdict.valid
      ? `${file}: valid publiccode.yml${verdict.version ? ` (version ${verdict.version})` : ''}`
      : `${file}: INVALID publiccode.yml, ${verdict.errors.length} ${verdict.errors.length === 1 ? 'error' : 'errors'}`,
    ...verdict.errors.map((problem) => `  error    ${where(problem)}: ${problem.message}`),
    ...verdict.warnings.map((problem) => `  warning  ${where(problem)}: ${problem.message}`),
  ];
  if (verdict.component)
    lines.push(
      `  imports as "${verdict.component.name}": ${verdict.component.licence}, maturity ${verdict.component.maturity.toLowerCase()}, ${verdict.component.repositoryUrl}`,
    );
  return lines.join('\n');
}
