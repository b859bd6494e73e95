/** One environment variable that is missing or wrong, and why. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Thrown at start-up when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      'Configuration is not valid:\n' +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}
